<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../../gui/sections/admin.py" line="+224"/>
        <location line="+47"/>
        <source>Amministrazione</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nuovo sportello…</source>
        <translation>&amp;New desk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuovo sportello</source>
        <translation>New desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifica lo sportello scelto</source>
        <translation>Edit the chosen desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dati, orari, chiusure e operatori dello sportello scelto (Invio sulla riga).</source>
        <translation>Details, hours, closures and operators of the chosen desk (Enter on the row).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nuovo utente…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programmi finanziati</source>
        <translation>Funded programmes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schede di amministrazione</source>
        <translation>Administration tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;portelli</source>
        <translation>De&amp;sks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utenti</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogrammi</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nessuno sportello configurato.</source>
        <translation>No desks set up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Createne uno con «Nuovo sportello…».</source>
        <translation>Create one with ‘New desk…’.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sportello {code} salvato.</source>
        <translation>Desk {code} saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Utente {name} creato.</source>
        <translation>User {name} created.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Nessun utente configurato.</source>
        <translation>No users set up.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Nessun programma finanziato.</source>
        <translation>No funded programmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I programmi (avvisi e doti) raccolgono i percorsi, le ore previste per partecipante e gli anni di conservazione dei dati.</source>
        <translation>Programmes (calls and vouchers) group the pathways, the hours planned per participant and how many years the data are kept.</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../gui/sections/agenda.py" line="+124"/>
        <location line="+177"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percorsi aperti</source>
        <translation>Open pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuntamenti nei prossimi 7 giorni</source>
        <translation>Appointments in the next 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assenze negli ultimi 30 giorni</source>
        <translation>No-shows in the last 30 days</translation>
    </message>
    <message>
        <location line="+665"/>
        <source>Scegliete «Tutti gli sportelli» per vedere le altre sedi, oppure un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario. Per prenotare: «Nuovo appuntamento» (Ctrl+N).</source>
        <translation>Choose ‘All desks’ to see the other offices, or another day with the arrows (Alt+Left, Alt+Right) or the calendar. To book: ‘New appointment’ (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passate a un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario; «Oggi» torna alla giornata corrente. Per prenotare: «Nuovo appuntamento» (Ctrl+N).</source>
        <translation>Go to another day with the arrows (Alt+Left, Alt+Right) or the calendar; ‘Today’ goes back to the current day. To book: ‘New appointment’ (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>tutti gli sportelli</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mese · {desk}</source>
        <translation>Month · {desk}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settimana dello sportello</source>
        <translation>The desk&apos;s week</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settimana</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La settimana si mostra per uno sportello alla volta.

Scegliete uno sportello dall&apos;elenco «Sportello» (Alt+S), oppure tornate alla vista «Giorno» (Alt+G) per vedere tutte le sedi insieme.</source>
        <translation>The week is shown for one desk at a time.

Choose a desk from the ‘Desk’ list (Alt+D), or go back to the ‘Day’ view (Alt+G) to see all the offices together.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Settimana dal {first} al {last}</source>
        <translation>Week from {first} to {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>questa settimana</source>
        <translation>this week</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Registrato come svolto: {who}, {when} alle {time}.</source>
        <translation>Recorded as done: {who}, {when} at {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prenotato: {who}, {when} alle {time} con {operator}.</source>
        <translation>Booked: {who}, {when} at {time} with {operator}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spostato: {who}, ora {when} alle {time}.</source>
        <translation>Moved: {who}, now {when} at {time}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mese precedente</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mese successivo</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settimana precedente</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settimana successiva</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giorno precedente</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="-854"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno mostrato (gg/mm/aaaa)</source>
        <translation>Day shown (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+853"/>
        <source>Giorno successivo</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="-844"/>
        <source>&amp;Oggi</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torna a oggi</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutti gli sportelli</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sportello:</source>
        <translation>&amp;Desk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tutti gli operatori</source>
        <translation>All operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gli appuntamenti di un operatore; con «Tutti gli sportelli», in ogni sede</source>
        <translation>One operator&apos;s appointments; with ‘All desks’, at every office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ope&amp;ratore:</source>
        <translation>Ope&amp;rator:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Azioni dell&apos;agenda</source>
        <translation>Agenda actions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Giorno</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gli appuntamenti di un giorno, in tabella</source>
        <translation>A day&apos;s appointments, as a table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setti&amp;mana</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La settimana di uno sportello, ora per ora</source>
        <translation>A desk&apos;s week, hour by hour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;ese</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Il mese, con quanti appuntamenti ha ogni giorno</source>
        <translation>The month, with the number of appointments on each day</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>N&amp;uovo appuntamento…</source>
        <translation>&amp;New appointment…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prenota un appuntamento</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+320"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>La persona ha confermato che verrà</source>
        <translation>The person has confirmed they will come</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+317"/>
        <source>Svol&amp;to</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>L&apos;appuntamento si è svolto</source>
        <translation>The appointment took place</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+314"/>
        <source>&amp;Non presentato</source>
        <translation>No-&amp;show</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>La persona non si è presentata</source>
        <translation>The person did not turn up</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+311"/>
        <source>&amp;Annulla…</source>
        <translation>C&amp;ancel…</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Annulla l&apos;appuntamento, con il motivo</source>
        <translation>Cancel the appointment, giving the reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+308"/>
        <source>S&amp;posta…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Sposta l&apos;appuntamento a un altro orario</source>
        <translation>Move the appointment to another time</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+309"/>
        <source>Pro&amp;memoria…</source>
        <translation>&amp;Reminder…</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Il promemoria da dare alla persona, in PDF da stampare</source>
        <translation>The reminder to give to the person, as a PDF to print</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stampa agenda…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;agenda del giorno di uno sportello, in PDF da stampare</source>
        <translation>A desk&apos;s agenda for the day, as a PDF to print</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Appuntamenti del giorno</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Appuntamento annullato: {who}.</source>
        <translation>Appointment cancelled: {who}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confermato</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segnato come svolto</source>
        <translation>Marked as done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segnato come non presentato</source>
        <translation>Marked as no-show</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}: {who}.</source>
        <translation>{what}: {who}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azioni sull&apos;appuntamento</source>
        <translation>Appointment actions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;uovo appuntamento alle {time}…</source>
        <translation>&amp;New appointment at {time}…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+27"/>
        <location line="+1"/>
        <source>Stampa agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Non c&apos;è nessuno sportello attivo di cui stampare l&apos;agenda.</source>
        <translation>There is no active desk whose agenda can be printed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+174"/>
        <location line="+148"/>
        <source>1 appuntamento</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+174"/>
        <location line="+148"/>
        <source>{n} appuntamenti</source>
        <translation>{n} appointments</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Di quale sportello stampare l&apos;agenda di {day}?</source>
        <translation>Which desk&apos;s agenda for {day} should be printed?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Avanti…</source>
        <translation>Next…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda salvata</source>
        <translation>Agenda saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;agenda di {desk} per {when} è salvata in PDF.</source>
        <translation>The agenda of {desk} for {when} has been saved as a PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salva l&apos;agenda di {desk} in PDF</source>
        <translation>Save the agenda of {desk} as a PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Promemoria salvato</source>
        <translation>Reminder saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il promemoria per {who} è salvato in PDF.</source>
        <translation>The reminder for {who} has been saved as a PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salva il promemoria in PDF</source>
        <translation>Save the reminder as a PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparazione del PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}: {path}</source>
        <translation>{what}: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF non salvato.</source>
        <translation>PDF not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF non salvato</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il file non si può scrivere: {error}</source>
        <translation>The file cannot be written: {error}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nessun appuntamento per {day} con {operator} allo sportello {desk}.</source>
        <translation>No appointments on {day} with {operator} at {desk}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun appuntamento per {day} con {operator}, in nessuno sportello.</source>
        <translation>No appointments on {day} with {operator} at any desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scegliete «Tutti gli operatori» dall&apos;elenco «Operatore» (Alt+R) per vedere gli altri, oppure un altro giorno con le frecce (Alt+Sinistra, Alt+Destra). Per prenotare con {operator}: «Nuovo appuntamento» (Ctrl+N).</source>
        <translation>Choose ‘All operators’ from the ‘Operator’ list (Alt+R) to see the others, or another day with the arrows (Alt+Left, Alt+Right). To book with {operator}: ‘New appointment’ (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessun appuntamento per {day} allo sportello {desk}.</source>
        <translation>No appointments on {day} at {desk}.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>(Alt+Sinistra)</source>
        <translation>(Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Alt+Destra)</source>
        <translation>(Alt+Right)</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Nessun appuntamento per {day}.</source>
        <translation>No appointments on {day}.</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+163"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalità</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="+172"/>
        <source>Data e ora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../gui/booking_dialog.py" line="+199"/>
        <source>Sposta l&apos;appuntamento</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nuovo appuntamento</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problema della prenotazione</source>
        <translation>Booking problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sposta</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+666"/>
        <source>Prenota</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="-661"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cerca la persona</source>
        <translation>Search for the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cognome e nome, codice fiscale o codice interno</source>
        <translation>Surname and name, tax code or internal code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persone trovate</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Persona scelta</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuova perso&amp;na…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registra una nuova persona</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nuova persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>es. 333 123 4567</source>
        <translation>e.g. 333 123 4567</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;gnome:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;me:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;fono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Il consenso a essere contattati non si registra qui: si raccoglie con l&apos;informativa privacy firmata dalla persona.</source>
        <translation>Consent to being contacted is not recorded here: it is collected with the privacy notice signed by the person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Registra la persona</source>
        <translation>&amp;Register person</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Appuntamento da spostare</source>
        <translation>Appointment to move</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{person}
{kind} · {mode}
{weekday} {day}, {start}–{end}
con {operator}, {desk}</source>
        <translation>{person}
{kind} · {mode}
{weekday} {day}, {start}–{end}
with {operator}, {desk}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&apos;appuntamento attuale resterà in agenda come «Spostato»; quello nuovo mantiene persona, tipo, modalità e nota.</source>
        <translation>The current appointment will stay in the agenda as ‘Moved’; the new one keeps the person, type, mode and note.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tipo di appuntamento</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modalità</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giorno dell&apos;appuntamento</source>
        <translation>Day of the appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno (gg/mm/aaaa)</source>
        <translation>Day (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ora di inizio</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ora di inizio (hh:mm); le frecce vanno di 15 minuti</source>
        <translation>Start time (hh:mm); the arrows move in steps of 15 minutes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Avviso sull&apos;inizio</source>
        <translation>Start time notice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durata in minuti</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facoltativa, es. portare il curriculum</source>
        <translation>optional, e.g. bring your CV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dalità:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sportello:</source>
        <translation>&amp;Desk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operatore:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urata:</source>
        <translation>Durat&amp;ion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;e:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orari liberi</source>
        <translation>Free slots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proponi orari &amp;liberi</source>
        <translation>Suggest free s&amp;lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I prossimi orari liberi dello sportello, dal giorno scelto in avanti</source>
        <translation>The desk&apos;s next free slots, from the chosen day onwards</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Qualsiasi operatore</source>
        <translation>&amp;Any operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cerca tra gli operatori con orari allo sportello, non solo quello scelto</source>
        <translation>Search all the operators with hours at the desk, not just the chosen one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orari liberi proposti</source>
        <translation>Suggested free slots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«Proponi orari liberi» (Alt+L) elenca i prossimi orari liberi dal giorno scelto; Invio ne sceglie uno e lo mette come inizio.</source>
        <translation>‘Suggest free slots’ (Alt+L) lists the next free slots from the chosen day; Enter picks one and sets it as the start.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Nessuna persona trovata: controllate o usate «Nuova persona» (Alt+N).</source>
        <translation>Nobody found: check what you typed or use ‘New person’ (Alt+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce ne sono altre: scrivete di più (nome o codice fiscale).</source>
        <translation>There are more: type more (name or tax code).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nessuna persona scelta: scrivete e scegliete dall&apos;elenco (freccia giù).</source>
        <translation>No person chosen: type, then choose from the list (down arrow).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scelta: {name} ({code})</source>
        <translation>Chosen: {name} ({code})</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Registrata: {name}.</source>
        <translation>Registered: {name}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{n} orari liberi: Invio o doppio clic ne sceglie uno.</source>
        <translation>{n} free slots: Enter or double-click picks one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nessun orario libero nei prossimi due mesi per questa durata: provate un&apos;altra durata, un altro operatore o «Qualsiasi operatore».</source>
        <translation>No free slots in the next two months for this duration: try another duration, another operator or ‘Any operator’.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scelto: {weekday} {day} alle {time} con {operator}. Invio prenota.</source>
        <translation>Chosen: {weekday} {day} at {time} with {operator}. Enter books it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Questo inizio è già passato: si sposta solo verso un orario futuro.</source>
        <translation>This start time has already passed: an appointment can only be moved to a future time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questo inizio è già passato: l&apos;appuntamento sarà registrato come già svolto, non prenotato.</source>
        <translation>This start time has already passed: the appointment will be recorded as already done, not booked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registra come svolto</source>
        <translation>Record as done</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sceglietela dall&apos;elenco sotto (freccia giù).</source>
        <translation>Choose it from the list below (down arrow).</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location line="+104"/>
        <location line="+39"/>
        <source>Annulla l&apos;appuntamento</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{person}, {weekday} {day} alle {time} con {operator}</source>
        <translation>{person}, {weekday} {day} at {time} with {operator}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annullato dalla &amp;persona</source>
        <translation>Cancelled by the &amp;person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullato dal &amp;servizio</source>
        <translation>Cancelled by the &amp;service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motivo dell&apos;annullamento</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>es. malattia, impegno di lavoro, sciopero</source>
        <translation>e.g. illness, work commitment, strike</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ClosureTableModel</name>
    <message>
        <location filename="../../gui/desk_editor.py" line="+159"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giorni</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chiusura passata</source>
        <translation>Past closure</translation>
    </message>
</context>
<context>
    <name>CompaniesSection</name>
    <message>
        <location filename="../../gui/sections/companies.py" line="+25"/>
        <location line="+30"/>
        <source>Aziende</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Filtra per ragione sociale</source>
        <translation>Filter by company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtra le aziende per nome</source>
        <translation>Filter companies by name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Elenco delle aziende</source>
        <translation>List of companies</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Le prime {n} aziende in ordine alfabetico: filtrate per nome.</source>
        <translation>The first {n} companies in alphabetical order: filter by name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 azienda</source>
        <translation>1 company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} aziende</source>
        <translation>{n} companies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessuna azienda contiene «{text}» nel nome.</source>
        <translation>No company has ‘{text}’ in its name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provate con una parte più breve del nome.</source>
        <translation>Try a shorter part of the name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non ci sono ancora aziende.</source>
        <translation>There are no companies yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui compariranno le aziende contattate, quelle che ospitano tirocini e quelle con obblighi della legge 68/99, con i posti ancora scoperti.</source>
        <translation>Companies contacted, those hosting internships and those with Law 68/99 obligations will appear here, with the places still unfilled.</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="-50"/>
        <source>Ragione sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATECO</source>
        <translation>ATECO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dipendenti</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posti L. 68 scoperti</source>
        <translation>Law 68/99 vacancies</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="+49"/>
        <location line="+1"/>
        <source>Errore inatteso</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sportello ha incontrato un errore inatteso. I dati già salvati non sono persi: ogni operazione viene salvata per intero o per niente.</source>
        <translation>Sportello has run into an unexpected error. Data already saved are not lost: every operation is saved either in full or not at all.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copiate i dettagli qui sotto e inviateli a chi vi dà assistenza, dicendo che cosa stavate facendo.</source>
        <translation>Copy the details below and send them to whoever gives you support, saying what you were doing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gli stessi dettagli sono nel file di log: %1</source>
        <translation>The same details are in the log file: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dettagli dell&apos;errore</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copia</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copia i dettagli</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hiudi</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copiato</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../gui/sections/admin.py" line="-216"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posizione del database</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motore</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisione dello schema</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartella dei backup</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ultimo backup</source>
        <translation>Latest backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posizione:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motore:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisione dello schema:</source>
        <translation>Schema revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartella dei backup:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ultimo backup:</source>
        <translation>Latest backup:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contenuto</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esegui &amp;backup ora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esegui backup ora</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esito del backup</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Il backup è una copia completa e coerente del database, scritta anche mentre il programma è in uso. Si ripristina con «sportello restore FILE». Copiate regolarmente la cartella dei backup su un disco esterno cifrato.</source>
        <translation>A backup is a complete, consistent copy of the database, written even while the program is in use. Restore it with ‘sportello restore FILE’. Copy the backup folder to an encrypted external drive regularly.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nessuna</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non previsto per questo database</source>
        <translation>not available for this database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nessun backup finora</source>
        <translation>no backup yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Per un database su server usate gli strumenti del server (pg_dump).</source>
        <translation>For a database on a server, use the server&apos;s tools (pg_dump).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup in corso…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup scritto: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup non riuscito.</source>
        <translation>Backup failed.</translation>
    </message>
</context>
<context>
    <name>DeskEditor</name>
    <message>
        <location filename="../../gui/desk_editor.py" line="-89"/>
        <source>santo patrono</source>
        <translation>patron saint&apos;s day</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Nuovo sportello</source>
        <translation>New desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sportello {code} – {name}</source>
        <translation>Desk {code} – {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parti della scheda dello sportello</source>
        <translation>Desk record tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dati</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orari</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hiusure</source>
        <translation>&amp;Closures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;peratori</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crea lo &amp;sportello</source>
        <translation>Crea&amp;te desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salva i dati e gli orari dello sportello (Invio).</source>
        <translation>Save the desk&apos;s details and hours (Enter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chiude senza salvare dati e orari (Esc). Chiusure e orari degli operatori già salvati restano.</source>
        <translation>Closes without saving details and hours (Esc). Closures and operator hours already saved are kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chiude senza creare lo sportello (Esc).</source>
        <translation>Closes without creating the desk (Esc).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disponibile dopo aver creato lo sportello, con «Modifica…».</source>
        <translation>Available once the desk has been created, with ‘Edit…’.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+78"/>
        <source>Codice dello sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Nome dello sportello</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sportello Lavoro Cremona</source>
        <translation>Cremona Job Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+363"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Provincia (sigla)</source>
        <translation>Province (abbreviation)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Via Roma 1</source>
        <translation>Via Roma 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stanze per i colloqui</source>
        <translation>Interview rooms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quanti colloqui in presenza possono svolgersi allo stesso tempo.</source>
        <translation>How many in-person interviews can take place at the same time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sportello &amp;attivo</source>
        <translation>Des&amp;k active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportello attivo</source>
        <translation>Desk active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uno sportello non attivo resta nei dati ma non si propone per i nuovi appuntamenti.</source>
        <translation>An inactive desk stays in the data but is not offered for new appointments.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giorno del santo patrono (gg/mm)</source>
        <translation>Patron saint&apos;s day (dd/mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm</source>
        <translation>dd/mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nome del santo patrono</source>
        <translation>Name of the patron saint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La festa del santo patrono del comune: lo sportello quel giorno è chiuso.</source>
        <translation>The feast of the municipality&apos;s patron saint: the desk is closed on that day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nom&amp;e:</source>
        <translation>nam&amp;e:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La festa del santo patrono del comune: quel giorno lo sportello è chiuso.</source>
        <translation>The feast of the municipality&apos;s patron saint: the desk is closed on that day.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Codice:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vincia:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colloqui in presenza che possono svolgersi alla stessa ora</source>
        <translation>in-person interviews that can take place at the same time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stan&amp;ze:</source>
        <translation>&amp;Rooms:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Santo pat&amp;rono:</source>
        <translation>Patron sa&amp;int:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telefono, santo patrono, chiusure e orari degli operatori si indicano dopo aver creato lo sportello, con «Modifica…».</source>
        <translation>Phone, patron saint, closures and operator hours are entered once the desk has been created, with ‘Edit…’.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+259"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Nessun orario: lo sportello risulta chiuso tutta la settimana.</source>
        <translation>No hours: the desk is closed all week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Una riga per ogni fascia di apertura; per l&apos;orario spezzato usate due righe per lo stesso giorno.</source>
        <translation>One row for each opening period; for split hours use two rows for the same day.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>Festività dei prossimi 12 mesi</source>
        <translation>Holidays in the next 12 months</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Nelle festività nazionali e provinciali e nel giorno del santo patrono lo sportello è già considerato chiuso: non serve inserirle tra le chiusure.</source>
        <translation>On national and provincial holidays and on the patron saint&apos;s day the desk is already treated as closed: there is no need to add them as closures.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chiusure dello sportello</source>
        <translation>Desk closures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Elenco delle chiusure:</source>
        <translation>Closure &amp;list:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Togli la chiusura selezionata</source>
        <translation>Re&amp;move selected closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togli la chiusura selezionata</source>
        <translation>Remove selected closure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chiusura dal giorno</source>
        <translation>First day of closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiusura fino al giorno</source>
        <translation>Last day of closure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Motivo della chiusura</source>
        <translation>Reason for closure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ponte, lavori, sciopero…</source>
        <translation>Bridge day, building works, strike…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ggiungi la chiusura</source>
        <translation>&amp;Add closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggiungi la chiusura</source>
        <translation>Add closure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Da&amp;l:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fino al:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nuova chiusura</source>
        <translation>New closure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le chiusure si aggiungono e si tolgono subito, senza «Salva». In quei giorni non si prendono appuntamenti.</source>
        <translation>Closures are added and removed straight away, without ‘Save’. No appointments are booked on those days.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Operatori e orari a questo sportello</source>
        <translation>Operators and hours at this desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ope&amp;ratori:</source>
        <translation>Ope&amp;rators:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orari dell&apos;operatore a questo sportello</source>
        <translation>The operator&apos;s hours at this desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nessun orario a questo sportello.</source>
        <translation>No hours at this desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+281"/>
        <source>Sal&amp;va gli orari</source>
        <translation>Sa&amp;ve hours</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Gli orari di ciascun operatore si salvano con il loro pulsante. Chi non ha orari in nessuno sportello è considerato presente quando lo sportello è aperto.</source>
        <translation>Each operator&apos;s hours are saved with their own button. Anyone with no hours at any desk is treated as present whenever the desk is open.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Codice sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>sceglietene una nell&apos;elenco.</source>
        <translation>choose one from the list.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chiusura</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nessun utente da assegnare a questo sportello.</source>
        <translation>No users to assign to this desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orari di {name} a questo sportello</source>
        <translation>{name}&apos;s hours at this desk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sal&amp;va gli orari di {name}</source>
        <translation>Sa&amp;ve {name}&apos;s hours</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Orari dell&apos;operatore</source>
        <translation>Operator&apos;s hours</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+77"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prov.</source>
        <translation>Prov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stanze</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nessun orario</source>
        <translation>no hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../gui/sections/documents.py" line="+26"/>
        <location line="+19"/>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ogni documento stampato o esportato da Sportello resta registrato: chi l&apos;ha prodotto, quando e che cosa conteneva.</source>
        <translation>Every document printed or exported by Sportello is recorded: who produced it, when and what it contained.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storico dei documenti esportati</source>
        <translation>History of exported documents</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lo storico dei documenti è visibile a coordinatori e amministratori.</source>
        <translation>The document history is visible to coordinators and administrators.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiedete a un coordinatore se vi serve sapere chi ha stampato un documento.</source>
        <translation>Ask a coordinator if you need to know who printed a document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 documento esportato</source>
        <translation>1 document exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} documenti esportati</source>
        <translation>{n} documents exported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nessun documento è stato ancora esportato.</source>
        <translation>No documents have been exported yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I dossier dei partecipanti, i registri presenze (timesheet) e le agende giornaliere stampati da Sportello saranno elencati qui, con data, autore e contenuto, così che si sappia sempre quali dati sono usciti dal programma.</source>
        <translation>Participant files, attendance registers (timesheets) and daily agendas printed by Sportello will be listed here, with date, author and contents, so that you always know which data have left the program.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../gui/first_run.py" line="+57"/>
        <location line="+8"/>
        <source>Benvenuti in Sportello</source>
        <translation>Welcome to Sportello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Il database {path} è ancora vuoto. Per cominciare configurate il vostro sportello e il primo utente, oppure caricate dei dati dimostrativi per provare il programma.</source>
        <translation>The database {path} is still empty. To begin, set up your desk and the first user, or load some demo data to try the program out.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+1"/>
        <source>Configurate il vostro sportello</source>
        <translation>Set up your desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lo sportello</source>
        <translation>The desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codice dello sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nome dello sportello</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sportello Lavoro Cremona</source>
        <translation>Cremona Job Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Provincia (sigla)</source>
        <translation>Province (abbreviation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Via Roma 1</source>
        <translation>Via Roma 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vincia:</source>
        <translation>Pr&amp;ovince:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orari di apertura:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il primo utente</source>
        <translation>The first user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Maria Rossi</source>
        <translation>Maria Rossi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome &amp;utente:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome e co&amp;gnome:</source>
        <translation>Fu&amp;ll name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ruolo:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crea sportello e &amp;utente</source>
        <translation>Crea&amp;te desk and user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crea sportello e utente</source>
        <translation>Create desk and user</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mattina, dalle</source>
        <translation>Morning, from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mattina, alle</source>
        <translation>Morning, to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dalle</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>alle</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>e anche dalle</source>
        <translation>and also from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aperto anche il pomeriggio</source>
        <translation>Also open in the afternoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pomeriggio, dalle</source>
        <translation>Afternoon, from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pomeriggio, alle</source>
        <translation>Afternoon, to</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Provate con i dati dimostrativi</source>
        <translation>Try it with demo data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sportello crea sportelli, operatori, partecipanti, appuntamenti, percorsi e aziende inventati ma realistici: utili per provare il programma o per formare i colleghi. Nessuna persona reale vi compare. Non caricateli in un database che userete per dati veri.</source>
        <translation>Sportello creates made-up but realistic desks, operators, participants, appointments, pathways and companies: useful for trying the program or training colleagues. No real person appears in them. Do not load them into a database you will use for real data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Numero di partecipanti dimostrativi</source>
        <translation>Number of demo participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partecipanti:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carica dati &amp;dimostrativi</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carica dati dimostrativi</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Codice sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Creati lo sportello {desk} e l&apos;utente {user}.</source>
        <translation>Created the desk {desk} and the user {user}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dati non validi</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dati dimostrativi non disponibili</source>
        <translation>Demo data not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questa installazione di Sportello non contiene i dati dimostrativi.</source>
        <translation>This installation of Sportello does not include the demo data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparazione dei dati dimostrativi…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dati dimostrativi</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avanzamento dei dati dimostrativi</source>
        <translation>Demo data progress</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Annullamento in corso…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dati dimostrativi: {done} di {total} partecipanti…</source>
        <translation>Demo data: {done} of {total} participants…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dati dimostrativi caricati: {n} partecipanti.</source>
        <translation>Demo data loaded: {n} participants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({s} s)</source>
        <translation>({s} s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caricamento annullato</source>
        <translation>Loading cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il caricamento è stato annullato: il database è rimasto vuoto.</source>
        <translation>Loading was cancelled: the database is still empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caricamento dei dati dimostrativi annullato.</source>
        <translation>Loading of the demo data cancelled.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../gui/form_dialog.py" line="+44"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errore: {field}</source>
        <translation>Error: {field}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../gui/hours_editor.py" line="+87"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dalle</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Aggiungi un orario</source>
        <translation>&amp;Add a time slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggiungi un orario: {name}</source>
        <translation>Add a time slot: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggiunge una riga: il giorno dopo l&apos;ultima riga, con gli stessi orari.</source>
        <translation>Adds a row: the day after the last row, with the same times.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Giorno, riga {n}</source>
        <translation>Day, row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalle, riga {n}</source>
        <translation>From, row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle, riga {n}</source>
        <translation>To, row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togli la riga {n}</source>
        <translation>Remove row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togli questo orario</source>
        <translation>Remove this time slot</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+70"/>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sezioni</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percorsi</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aziende</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amministrazione</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrive ora una copia completa del database</source>
        <translation>Write a complete copy of the database now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Esci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Visualizza</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cerca partecipante…</source>
        <translation>&amp;Find Participant…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;iuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Informazioni su Sportello</source>
        <translation>&amp;About Sportello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posizione del database</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utente: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utente che sta operando</source>
        <translation>User currently working</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Dati aggiornati</source>
        <translation>Data refreshed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backup scritto: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sportello {version}

Agenda, anagrafica e percorsi per gli sportelli lavoro e le cooperative sociali. Funziona senza internet; i dati restano in questo database:
{path}

Licenza EUPL-1.2.</source>
        <translation>Sportello {version}

Agenda, participant records and pathways for job help desks and social cooperatives. Works without the internet; the data stay in this database:
{path}

Licence EUPL-1.2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informazioni su Sportello</source>
        <translation>About Sportello</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../gui/month_view.py" line="+43"/>
        <source>gennaio</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>febbraio</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maggio</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giugno</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>luglio</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ottobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dicembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gio</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{n} app.</source>
        <translation>{n} appt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} assenti</source>
        <translation>{n} absent</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mese precedente (PagSu)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mese precedente</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mese successivo (PagGiù)</source>
        <translation>Next month (PgDn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mese successivo</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questo &amp;mese</source>
        <translation>Th&amp;is month</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Panoramica del mese</source>
        <translation>Month overview</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{month} {year} · {n} appuntamenti</source>
        <translation>{month} {year} · {n} appointments</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <location filename="../../gui/desk_editor.py" line="-724"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orari a questo sportello</source>
        <translation>Hours at this desk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nessun orario</source>
        <translation>no hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>da salvare: {hours}</source>
        <translation>unsaved: {hours}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nome utente: {name}</source>
        <translation>Username: {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../gui/participant_dialog.py" line="+26"/>
        <source>Partecipante: {name}</source>
        <translation>Participant: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheda del partecipante</source>
        <translation>Participant record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Codice interno</source>
        <translation>Internal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune di residenza</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hiudi</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+246"/>
        <source>Questa colonna non si può ordinare</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice interno</source>
        <translation>Internal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../gui/sections/participants.py" line="+51"/>
        <location line="+51"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cerca per cognome e nome, codice fiscale, codice interno o telefono</source>
        <translation>Search by surname and name, tax code, internal code or phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cerca partecipanti</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;erca:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sportello:</source>
        <translation>&amp;Desk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numero di partecipanti trovati</source>
        <translation>Number of participants found</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elenco dei partecipanti</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tutti gli sportelli</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 partecipante</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} partecipanti</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nessun partecipante corrisponde a «{text}».</source>
        <translation>No participants match ‘{text}’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controllate l&apos;ortografia, provate con il solo cognome o con le prime lettere del codice fiscale, oppure scegliete «Tutti gli sportelli».</source>
        <translation>Check the spelling, try the surname alone or the first letters of the tax code (codice fiscale), or choose ‘All desks’.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun partecipante è assegnato a questo sportello.</source>
        <translation>No participants are assigned to this desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scegliete «Tutti gli sportelli» per vedere l&apos;intera anagrafica.</source>
        <translation>Choose ‘All desks’ to see all participant records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;anagrafica è ancora vuota.</source>
        <translation>There are no participant records yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I partecipanti si importano da un foglio di calcolo (CSV o XLSX) con il comando «sportello import participants FILE»; per fare pratica potete caricare i dati dimostrativi con «sportello demo».</source>
        <translation>Participants are imported from a spreadsheet (CSV or XLSX) with the command ‘sportello import participants FILE’; to practise, you can load the demo data with ‘sportello demo’.</translation>
    </message>
</context>
<context>
    <name>PathwayTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="-428"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine prevista</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore previste</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore erogate</source>
        <translation>Hours delivered</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ore erogate oltre quelle previste dal piano</source>
        <translation>Hours delivered beyond those in the plan</translation>
    </message>
</context>
<context>
    <name>PathwaysSection</name>
    <message>
        <location filename="../../gui/sections/pathways.py" line="+26"/>
        <location line="+36"/>
        <source>Percorsi</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Stato del percorso</source>
        <translation>Pathway status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tato:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Programma:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elenco dei percorsi</source>
        <translation>List of pathways</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tutti i programmi</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>I {n} percorsi più recenti: usate i filtri per restringere.</source>
        <translation>The {n} most recent pathways: use the filters to narrow them down.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 percorso</source>
        <translation>1 pathway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} percorsi</source>
        <translation>{n} pathways</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessun percorso con questi filtri.</source>
        <translation>No pathways match these filters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scegliete «Tutti gli stati» e «Tutti i programmi» per vederli tutti.</source>
        <translation>Choose ‘All statuses’ and ‘All programmes’ to see them all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Non ci sono ancora percorsi.</source>
        <translation>There are no pathways yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un percorso si apre con la presa in carico di un partecipante in un programma finanziato; i percorsi importati con «sportello import deliveries» compaiono qui con le ore previste ed erogate.</source>
        <translation>A pathway opens when a participant is taken on in a funded programme; pathways imported with ‘sportello import deliveries’ appear here with their planned and delivered hours.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+189"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ente finanziatore</source>
        <translation>Funding body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avviso</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore per partecipante</source>
        <translation>Hours per participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservazione (anni)</source>
        <translation>Retention (years)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percorsi aperti</source>
        <translation>Open pathways</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../../gui/user_editor.py" line="+37"/>
        <location line="+1"/>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Maria Rossi</source>
        <translation>Maria Rossi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinatori e amministratori configurano sportelli e utenti; solo un amministratore crea altri amministratori.</source>
        <translation>Coordinators and administrators set up desks and users; only an administrator can create other administrators.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nome &amp;utente:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nome e cognome:</source>
        <translation>Fu&amp;ll name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ruolo:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il nome utente è quello con cui la persona apre il programma: lettere minuscole, cifre, punti o trattini, senza spazi (per esempio m.rossi).</source>
        <translation>The username is what the person uses to open the program: lower-case letters, digits, full stops or hyphens, no spaces (for example m.rossi).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Crea l&apos;utente</source>
        <translation>&amp;Create user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="-49"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../gui/week_view.py" line="+540"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>chiuso</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>e altri {n}</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libero</source>
        <translation>free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sportello chiuso</source>
        <translation>desk closed</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location line="+17"/>
        <source>Settimana dello sportello</source>
        <translation>The desk&apos;s week</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operatore mostrato</source>
        <translation>Operator shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>Tutti gli operatori</source>
        <translation>All operators</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Op&amp;eratore:</source>
        <translation>Ope&amp;rator:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ svolto · ✗ non presentato · ⊘ annullato · ↷ spostato · bordo spesso: confermato · in grigio: sportello chiuso</source>
        <translation>✓ done · ✗ no-show · ⊘ cancelled · ↷ moved · thick border: confirmed · grey: desk closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Griglia della settimana</source>
        <translation>Week grid</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Frecce: spostarsi di un quarto d&apos;ora o di un giorno · PagSu/PagGiù: settimana precedente o successiva · Invio: prenota nella casella libera o apre le azioni dell&apos;appuntamento.</source>
        <translation>Arrows: move by a quarter of an hour or a day · PgUp/PgDn: previous or next week · Enter: book in a free slot or open the appointment&apos;s actions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nessun appuntamento di {name} in questa settimana. Scegliete «Tutti gli operatori» per vedere gli altri, oppure premete Invio su una casella libera per prenotare.</source>
        <translation>No appointments for {name} this week. Choose ‘All operators’ to see the others, or press Enter on a free slot to book.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nessun appuntamento in questa settimana. Premete Invio (o fate doppio clic) su una casella libera per prenotare; PagSu e PagGiù cambiano settimana.</source>
        <translation>No appointments this week. Press Enter (or double-click) on a free slot to book; PgUp and PgDn change the week.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="+80"/>
        <source>Database non disponibile</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sportello non può partire</source>
        <translation>Sportello cannot start</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gui/dialogs.py" line="+29"/>
        <source>Dati non validi</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operazione in conflitto</source>
        <translation>Conflicting operation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operazione non permessa</source>
        <translation>Operation not allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database non disponibile</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gui/files.py" line="+69"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File non aperto</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nessun programma ha aperto il file. Lo trovate in {folder}.</source>
        <translation>No program opened the file. You will find it in {folder}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Apri per stampare</source>
        <translation>&amp;Open to print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/labels.py" line="+27"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinatore</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primo contatto</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colloquio di presa in carico</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientamento</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilancio di competenze</source>
        <translation>Skills assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ricerca attiva del lavoro</source>
        <translation>Active job search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratorio di gruppo</source>
        <translation>Group workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutoraggio tirocinio</source>
        <translation>Internship tutoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutoraggio con l&apos;azienda</source>
        <translation>Tutoring with the company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visita in azienda</source>
        <translation>Company visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoraggio</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiusura</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In presenza</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prenotato</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confermato</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svolto</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assente</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullato dal partecipante</source>
        <translation>Cancelled by participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annullato dal servizio</source>
        <translation>Cancelled by the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spostato</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aperto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sospeso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiuso con esito positivo</source>
        <translation>Closed, positive outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiuso con esito negativo</source>
        <translation>Closed, negative outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritirato</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decaduto</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creazione</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifica</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminazione</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultazione</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esportazione</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accesso</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripristino</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gio</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuntamenti</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percorsi</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servizi erogati</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note di tutoraggio</source>
        <translation>Tutoring notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aziende</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eventi del registro</source>
        <translation>Audit log events</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite (file locale)</source>
        <translation>SQLite (local file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL (server)</source>
        <translation>PostgreSQL (server)</translation>
    </message>
</context>
</TS>
