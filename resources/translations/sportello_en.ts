<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AccessLogTableModel</name>
    <message>
        <location filename="../../gui/access_log_view.py" line="+188"/>
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
        <source>Oggetto</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id oggetto</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Evento n. {number}</source>
        <translation>Event no. {number}</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location line="+47"/>
        <source>Registro degli accessi</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>tutti</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tutte</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il tipo di record (participant, dossier…) o l&apos;id di un record</source>
        <translation>The kind of record (participant, dossier…) or a record&apos;s id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nei dettagli, nell&apos;oggetto o nell&apos;utente</source>
        <translation>in the details, the record or the user</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mos&amp;tra tutto</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azzera i filtri</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esporta &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esporta il registro in CSV</source>
        <translation>Export the log as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gli eventi che corrispondono ai filtri, in un file per Excel (separatore ;)</source>
        <translation>The events matching the filters, in a file for Excel (separator ;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ut&amp;ente:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;zione:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Oggetto:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oggetto</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;l:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dal giorno</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;no al:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fino al giorno</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;sto:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Testo da cercare</source>
        <translation>Text to look for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eventi del registro</source>
        <translation>Log events</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eventi trovati</source>
        <translation>Events found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esito</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conservazione del registro</source>
        <translation>Keeping of the log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mesi</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesi di conservazione del registro</source>
        <translation>Months the log is kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Almeno sei mesi, come chiede il Garante per i registri degli accessi</source>
        <translation>At least six months, as the Italian Data Protection Authority asks for access logs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sal&amp;va conservazione</source>
        <translation>Sa&amp;ve retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salva i mesi di conservazione</source>
        <translation>Save the months the log is kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conserva il registro per &amp;almeno:</source>
        <translation>&amp;Keep the log for at least:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Conservazione salvata: almeno {months} mesi.</source>
        <translation>Retention saved: at least {months} months.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Il registro è conservato per almeno {months} mesi (la legge ne chiede almeno sei) e nessun evento viene mai cancellato. Ogni evento è concatenato al precedente con un&apos;impronta SHA-256: il controllo del database («check») scopre e nomina un evento modificato o tolto.</source>
        <translation>The log is kept for at least {months} months (the law asks for at least six) and no event is ever deleted. Each event is chained to the previous one by a SHA-256 fingerprint: the database check (“check”) finds and names an event that was changed or removed.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fino al</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} eventi</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 evento</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Il registro è vuoto.</source>
        <translation>The log is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vi compariranno ogni consultazione di una scheda, ogni esportazione e ogni modifica, con utente, data e ora.</source>
        <translation>Every view of a record, every export and every change will appear here, with user, date and time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nessun evento corrisponde ai filtri.</source>
        <translation>No event matches the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allargate il periodo o togliete un filtro; «Mostra tutto» li azzera.</source>
        <translation>Widen the period or remove a filter; “Show all” clears them.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Esporta il registro degli accessi</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Esportazione in corso…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Esportati {count} eventi in {path}</source>
        <translation>{count} events exported to {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esportazione non riuscita.</source>
        <translation>Export failed.</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../../gui/sections/admin.py" line="+268"/>
        <location line="+92"/>
        <source>Amministrazione</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="-86"/>
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
        <location line="+30"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Modifica lo sportello scelto</source>
        <translation>Edit the chosen desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dati, orari, chiusure e operatori dello sportello scelto (Invio sulla riga).</source>
        <translation>Details, hours, closures and operators of the chosen desk (Enter on the row).</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+7"/>
        <source>Programmi finanziati</source>
        <translation>Funded programmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nuovo programma…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuovo programma</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modifica il programma scelto</source>
        <translation>Edit the chosen programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dati, budget e massimali del programma scelto (Invio sulla riga).</source>
        <translation>Details, budget and caps of the chosen programme (Enter on the row).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Modifica la &amp;carta intestata…</source>
        <translation>Edit &amp;the letterhead…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carta intestata</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>Carta &amp;intestata</source>
        <translation>&amp;Letterhead</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registro &amp;accessi</source>
        <translation>Access lo&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ri&amp;servatezza</source>
        <translation>Pri&amp;vacy</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+7"/>
        <source>Reimposta pass&amp;word…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reimposta la password dell&apos;utente scelto</source>
        <translation>Reset the chosen user&apos;s password</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Disa&amp;ttiva</source>
        <translation>Disa&amp;ble</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Disattiva o riattiva l&apos;utente scelto</source>
        <translation>Disable or enable the chosen user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un utente disattivato non può più entrare, ma resta con la sua storia: nessuno viene mai cancellato.</source>
        <translation>A disabled user can no longer sign in but keeps their history: nobody is ever deleted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minuti di inattività prima del blocco</source>
        <translation>Idle minutes before the lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minuti</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blocca la finestra dopo:</source>
        <translation>Loc&amp;k the window after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App&amp;lica</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applica il blocco per inattività</source>
        <translation>Apply the idle lock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>senza tastiera né mouse (per tutti gli utenti)</source>
        <translation>without keyboard or mouse (for every user)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ria&amp;ttiva</source>
        <translation>Ena&amp;ble</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Scegliete prima un utente nell&apos;elenco.</source>
        <translation>Choose a user in the list first.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Password di {name} reimpostata: la cambierà al prossimo accesso.</source>
        <translation>{name}&apos;s password reset: they will change it at their next sign-in.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Utente {name} riattivato.</source>
        <translation>User {name} enabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utente {name} disattivato: non potrà più entrare.</source>
        <translation>User {name} disabled: they can no longer sign in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>La finestra si bloccherà dopo {n} minuti di inattività.</source>
        <translation>The window will lock after {n} idle minutes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I programmi (avvisi e doti) raccolgono i percorsi, le ore previste per partecipante e gli anni di conservazione dei dati. Createne uno con «Nuovo programma…».</source>
        <translation>Programmes (calls and vouchers) group the pathways, the hours planned per participant and how many years the data are kept. Create one with ‘New programme…’.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Programma {code} salvato.</source>
        <translation>Programme {code} saved.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>La carta intestata non è ancora impostata: i documenti stampati (fascicoli, fogli ore, piani, rendiconti) porteranno il nome, l&apos;indirizzo, i dati fiscali e il logo della cooperativa che indicherete qui.</source>
        <translation>The letterhead is not set up yet: printed documents (dossiers, timesheets, plans, reports) will carry the cooperative&apos;s name, address, tax details and logo that you enter here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo: {path}</source>
        <translation>Logo: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Carta intestata salvata.</source>
        <translation>Letterhead saved.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Nessun utente configurato.</source>
        <translation>No users set up.</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Euro per partecipante: {euros}</source>
        <translation>Euros per participant: {euros}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Massimali di ore per partecipante:</source>
        <translation>Hour caps per participant:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessun massimale di ore per servizio.</source>
        <translation>No hour caps per service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disattivato: non può entrare, ma la sua storia resta sua.</source>
        <translation>Disabled: cannot sign in, but their history stays theirs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In attesa dopo troppe password errate, fino al {time}.</source>
        <translation>Waiting after too many wrong passwords, until {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cambierà la password al prossimo accesso.</source>
        <translation>Will change the password at the next sign-in.</translation>
    </message>
    <message>
        <location line="+482"/>
        <source>Nessun programma finanziato.</source>
        <translation>No funded programmes.</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../gui/sections/agenda.py" line="+133"/>
        <location line="+190"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-178"/>
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
        <location line="+704"/>
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
        <location line="+33"/>
        <source>Registrato come svolto: {who}, {when} alle {time}.</source>
        <translation>Recorded as done: {who}, {when} at {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prenotato: {who}, {when} alle {time} con {operator}.</source>
        <translation>Booked: {who}, {when} at {time} with {operator}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Spostato: {who}, ora {when} alle {time}.</source>
        <translation>Moved: {who}, now {when} at {time}.</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="-921"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno mostrato (gg/mm/aaaa)</source>
        <translation>Day shown (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+920"/>
        <source>Giorno successivo</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="-911"/>
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
        <location line="+352"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>La persona ha confermato che verrà</source>
        <translation>The person has confirmed they will come</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+349"/>
        <source>Svol&amp;to</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>L&apos;appuntamento si è svolto</source>
        <translation>The appointment took place</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+346"/>
        <source>&amp;Non presentato</source>
        <translation>No-&amp;show</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>La persona non si è presentata</source>
        <translation>The person did not turn up</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+343"/>
        <source>&amp;Annulla…</source>
        <translation>C&amp;ancel…</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Annulla l&apos;appuntamento, con il motivo</source>
        <translation>Cancel the appointment, giving the reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+340"/>
        <source>S&amp;posta…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Sposta l&apos;appuntamento a un altro orario</source>
        <translation>Move the appointment to another time</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+341"/>
        <source>Pro&amp;memoria…</source>
        <translation>&amp;Reminder…</translation>
    </message>
    <message>
        <location line="-339"/>
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
        <location line="+27"/>
        <source>Appuntamenti del giorno</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le mie prossime azioni (entro 14 giorni):</source>
        <translation>My next steps (within 14 days):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mie prossime azioni</source>
        <translation>My next steps</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> (scaduta)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Annullati {n} appuntamenti della serie: {who}.</source>
        <translation>{n} appointments in the series cancelled: {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appuntamento annullato: {who}.</source>
        <translation>Appointment cancelled: {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+181"/>
        <location line="+148"/>
        <source>1 appuntamento</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+181"/>
        <location line="+148"/>
        <source>{n} appuntamenti</source>
        <translation>{n} appointments</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Di quale sportello stampare l&apos;agenda di {day}?</source>
        <translation>Which desk&apos;s agenda for {day} should be printed?</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+178"/>
        <source>Serie prenotata: {who}, {n} appuntamenti dal {first} al {last}.</source>
        <translation>Series booked: {who}, {n} appointments from {first} to {last}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date occupate saltate: {days}.</source>
        <translation>Busy dates skipped: {days}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(Alt+Sinistra)</source>
        <translation>(Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Alt+Destra)</source>
        <translation>(Alt+Right)</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Nessun appuntamento per {day}.</source>
        <translation>No appointments on {day}.</translation>
    </message>
</context>
<context>
    <name>ApplicationBoardView</name>
    <message>
        <location filename="../../gui/jobsearch_tab.py" line="+362"/>
        <source>Candidature per stato</source>
        <translation>Applications by status</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{status}: {n} candidature</source>
        <translation>{status}: {n} applications</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location line="+87"/>
        <source>Modifica la candidatura</source>
        <translation>Edit the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidatura inviata nella sessione</source>
        <translation>Application sent in the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuova candidatura</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azienda</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Azienda:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mansione</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per esempio: magazziniere</source>
        <translation>for example: warehouse worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mansione:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Canale:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stato:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviata il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Inviata il:</source>
        <translation>Sent o&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da richiamare il</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da &amp;richiamare il:</source>
        <translation>Call &amp;back on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scegliete l&apos;azienda dall&apos;elenco o scrivetene il nome. «Da inviare» può avere una data futura; le altre no.</source>
        <translation>Choose the company from the list or type its name. “To send” can have a future date; the others cannot.</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+195"/>
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
        <location filename="../../gui/participant_page.py" line="+302"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/participant_page.py" line="+1"/>
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
        <location filename="../../gui/participant_page.py" line="-3"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/participant_page.py" line="+4"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gui/participant_page.py" line="-3"/>
        <source>Modalità</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../gui/participant_page.py" line="-2"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+181"/>
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
        <location filename="../../gui/booking_dialog.py" line="+216"/>
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
        <location line="+811"/>
        <source>Prenota</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="-806"/>
        <source>Prenota saltando le date occupate</source>
        <translation>Book, skipping the busy dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+8"/>
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
        <location line="+4"/>
        <source>Registr&amp;a la persona</source>
        <translation>Re&amp;gister the person</translation>
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
        <location line="+11"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+3"/>
        <source>&amp;Ripeti:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;e:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ripetizione</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non ripetere</source>
        <translation>Do not repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogni settimana</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogni due settimane</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numero di &amp;volte:</source>
        <translation>Num&amp;ber of times:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quante volte</source>
        <translation>How many times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fino al giorno:</source>
        <translation>until:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ultimo giorno della serie</source>
        <translation>Last day of the series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fino a questo giorno compreso (gg/mm/aaaa)</source>
        <translation>Up to and including this day (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appuntamenti della serie</source>
        <translation>Appointments in the series</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Il giorno finale deve venire dopo il primo.</source>
        <translation>The last day must come after the first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Più di {n} appuntamenti: scegliete un giorno finale più vicino.</source>
        <translation>More than {n} appointments: choose an earlier last day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} appuntamenti, l&apos;ultimo {weekday} {day}.</source>
        <translation>{n} appointments, the last on {weekday} {day}.</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+172"/>
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
        <location line="+8"/>
        <source>Prenota la serie</source>
        <translation>Book the series</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questo inizio è già passato: una serie comincia da oggi in avanti.</source>
        <translation>This start is already past: a series starts from today onwards.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registra come svolto</source>
        <translation>Record as done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sceglietela dall&apos;elenco sotto (freccia giù).</source>
        <translation>Choose it from the list below (down arrow).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>… e altre {n} date occupate.</source>
        <translation>… and {n} more busy dates.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location line="+133"/>
        <location line="+48"/>
        <source>Annulla l&apos;appuntamento</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="-43"/>
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
        <location line="+3"/>
        <source>&amp;Annulla anche i successivi della serie</source>
        <translation>&amp;Also cancel the later ones in the series</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gli appuntamenti della stessa serie da questo in avanti, se ancora prenotati o confermati, con lo stesso motivo</source>
        <translation>The appointments of the same series from this one onwards, if still booked or confirmed, with the same reason</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CapsGrid</name>
    <message>
        <location filename="../../gui/programme_editor.py" line="+72"/>
        <source>Massimali di ore per servizio</source>
        <translation>Hour caps per service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Massimo di ore: {service}</source>
        <translation>Hour cap: {service}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ore</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>«{text}» non è un numero di ore.</source>
        <translation>‘{text}’ is not a number of hours.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../gui/password_dialog.py" line="+120"/>
        <location line="+1"/>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un coordinatore ha reimpostato la vostra password: per entrare sceglietene ora una nuova, che conoscerete solo voi.</source>
        <translation>A coordinator has reset your password: to sign in, choose a new one now that only you will know.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utente: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password &amp;attuale:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cambia la password</source>
        <translation>C&amp;hange the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;sci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CloseInternshipDialog</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="+553"/>
        <location line="+19"/>
        <location line="+26"/>
        <source>Chiudi il tirocinio</source>
        <translation>Close the internship</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Esito del tirocinio</source>
        <translation>Internship outcome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Esito:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data di chiusura</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data di chiusura:</source>
        <translation>&amp;Closing date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivo dell&apos;interruzione</source>
        <translation>Reason for ending early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motivo dell&apos;interruzione:</source>
        <translation>&amp;Reason for ending early:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{company}, dal {start} al {end}.</source>
        <translation>{company}, from {start} to {end}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Avanti: il contratto…</source>
        <translation>Next: the contract…</translation>
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
        <location filename="../../gui/sections/companies.py" line="+49"/>
        <location line="+62"/>
        <source>Aziende</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="-57"/>
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
        <location line="+10"/>
        <source>&amp;Mostra anche le archiviate</source>
        <translation>&amp;Show archived ones too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostra anche le aziende archiviate</source>
        <translation>Also show archived companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuova &amp;azienda…</source>
        <translation>New &amp;company…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registra una nuova azienda (Ctrl+N)</source>
        <translation>Register a new company (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;pri…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apre la scheda dell&apos;azienda scelta (Invio)</source>
        <translation>Open the chosen company&apos;s record (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Arc&amp;hivia</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elimina un&apos;azienda senza storia; le altre si archiviano</source>
        <translation>Delete a company with no history; the others are archived</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elenco delle aziende</source>
        <translation>List of companies</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Ripristina</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riporta l&apos;azienda negli elenchi</source>
        <translation>Put the company back in the lists</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toglie l&apos;azienda dagli elenchi, conservando la sua storia</source>
        <translation>Remove the company from the lists, keeping its history</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+9"/>
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
        <source>Qui compariranno le aziende contattate, quelle che ospitano tirocini e quelle con obblighi della legge 68/99, con i posti ancora scoperti. Per registrarne una: «Nuova azienda» (Alt+A o Ctrl+N).</source>
        <translation>Companies contacted, those hosting internships and those with Law 68/99 obligations will appear here, with the posts still unfilled. To register one: “New company” (Alt+C or Ctrl+N).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Elimina l&apos;azienda</source>
        <translation>Delete the company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminare «{name}»? Non ha storia: non resterà traccia nell&apos;elenco.</source>
        <translation>Delete “{name}”? It has no history: no trace of it will remain in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Non eliminare</source>
        <translation>Do&amp;n&apos;t delete</translation>
    </message>
</context>
<context>
    <name>CompanyCombo</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="-458"/>
        <source>Scrivete parte del nome</source>
        <translation>Type part of the name</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../gui/company_dialog.py" line="+177"/>
        <source>Scheda dell&apos;azienda</source>
        <translation>Company record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dati</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legge 68/99</source>
        <translation>&amp;Law 68/99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contatti</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;venzioni</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salva i dati dell&apos;azienda (Invio o Ctrl+S)</source>
        <translation>Save the company&apos;s details (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hiudi</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiude la scheda (Esc)</source>
        <translation>Close the record (Esc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ragione sociale</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ragione sociale:</source>
        <translation>Registered &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 cifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partita &amp;IVA:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>11 cifre; 16 caratteri per una ditta individuale</source>
        <translation>11 digits; 16 characters for a sole trader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codice &amp;fiscale:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>es. 88.10.00</source>
        <translation>e.g. 88.10.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice &amp;ATECO:</source>
        <translation>&amp;ATECO code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indiri&amp;zzo:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mune:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referente</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chi seguire in azienda, con il ruolo</source>
        <translation>who to deal with at the company, and their role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refere&amp;nte:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimen&amp;sione:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dipendenti computabili</source>
        <translation>Countable employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dipendenti com&amp;putabili:</source>
        <translation>Co&amp;untable employees:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lavoratori disabili già assunti</source>
        <translation>Disabled workers already employed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lavoratori disa&amp;bili già assunti:</source>
        <translation>Disabled &amp;workers already employed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Obbligo di assunzione (art. 3)</source>
        <translation>Hiring obligation (art. 3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quota di riserva:</source>
        <translation>Reserved quota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota art. 18 (categorie protette):</source>
        <translation>Art. 18 quota (protected categories):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabili già assunti:</source>
        <translation>Disabled people already employed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posti coperti da convenzioni in corso:</source>
        <translation>Posts covered by agreements in force:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posti ancora scoperti:</source>
        <translation>Posts still unfilled:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Situazione rispetto all&apos;obbligo</source>
        <translation>Position against the obligation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Da 15 a 35 dipendenti computabili 1 posto riservato, da 36 a 50 2 posti, oltre 50 il 7% (più l&apos;1% per le categorie protette dell&apos;art. 18); scoperti = quota − disabili già assunti − posti coperti dalle convenzioni in corso.</source>
        <translation>15 to 35 countable employees: 1 reserved post; 36 to 50: 2 posts; over 50: 7% (plus 1% for the art. 18 protected categories). Unfilled = quota − disabled people already employed − posts covered by agreements in force.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contatti con l&apos;azienda</source>
        <translation>Contacts with the company</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nuovo contatto</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data del contatto</source>
        <translation>Contact date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Da&amp;ta:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tipo di contatto</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Ti&amp;po:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nota sul contatto</source>
        <translation>Note on the contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>di che cosa si è parlato</source>
        <translation>what was discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registra il contatto</source>
        <translation>&amp;Record the contact</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Convenzioni dell&apos;azienda</source>
        <translation>The company&apos;s agreements</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+346"/>
        <source>Nuova convenzione</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Tipo di convenzione</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cooperativa</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obbligatoria per l&apos;art. 14</source>
        <translation>required for art. 14</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ooperativa:</source>
        <translation>C&amp;ooperative:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa, da 1 a 5 anni dall&apos;inizio</source>
        <translation>dd/mm/yyyy, 1 to 5 years from the start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fine:</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persone inserite</source>
        <translation>People placed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persone inse&amp;rite:</source>
        <translation>People &amp;placed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note sulla convenzione</source>
        <translation>Notes on the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+321"/>
        <source>Re&amp;gistra la convenzione</source>
        <translation>&amp;Record the agreement</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>N&amp;uova</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svuota il modulo per una nuova convenzione</source>
        <translation>Clear the form for a new agreement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invio o doppio clic su una convenzione per modificarla.</source>
        <translation>Enter or double-click on an agreement to edit it.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Nuova azienda</source>
        <translation>New company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salvate i dati per registrare la legge 68/99, i contatti e le convenzioni.</source>
        <translation>Save the details to record Law 68/99, contacts and agreements.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Azienda: {name}</source>
        <translation>Company: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(archiviata)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;azienda è archiviata: resta con la sua storia ma non compare negli elenchi. Ripristinatela dall&apos;elenco delle aziende per registrare contatti e convenzioni.</source>
        <translation>The company is archived: it keeps its history but doesn&apos;t appear in the lists. Restore it from the company list to record contacts and agreements.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nessun contatto registrato con questa azienda.</source>
        <translation>No contacts recorded with this company.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrate qui sotto telefonate, visite, incontri e consulenze: contano per gli indicatori «aziende contattate» e «consulenze».</source>
        <translation>Record phone calls, visits, meetings and consultations below: they count towards the “companies contacted” and “consultations” indicators.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nessuna convenzione per questa azienda.</source>
        <translation>No agreements for this company.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Una convenzione art. 14 (con una cooperativa sociale) o art. 11/12 copre posti della quota di riserva finché è in corso.</source>
        <translation>An art. 14 agreement (with a social cooperative) or an art. 11/12 agreement covers posts in the reserved quota while it is in force.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1 posto</source>
        <translation>1 post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} posti</source>
        <translation>{n} posts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicate i dipendenti computabili per calcolare la quota.</source>
        <translation>Enter the countable employees to calculate the quota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nessun obbligo: meno di 15 dipendenti computabili.</source>
        <translation>No obligation: fewer than 15 countable employees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;azienda deve ancora coprire {posts}.</source>
        <translation>The company still has to fill {posts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La quota di riserva è coperta.</source>
        <translation>The reserved quota is filled.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Dati salvati.</source>
        <translation>Details saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I dati dell&apos;azienda hanno modifiche non salvate. Chiudere senza salvarle?</source>
        <translation>The company&apos;s details have unsaved changes. Close without saving them?</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Modifica della convenzione dal {start}</source>
        <translation>Editing the agreement from {start}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salva le &amp;modifiche</source>
        <translation>Save c&amp;hanges</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="-59"/>
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
    <message>
        <location line="+6"/>
        <source>{name} (archiviata)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archiviata: fuori dagli elenchi, con la sua storia</source>
        <translation>Archived: out of the lists, with its history</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../gui/participant_page.py" line="-40"/>
        <source>Firmata il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensi</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmata da</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocata il</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dati art. 9</source>
        <translation>Art. 9 data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contatti</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ente inviante</source>
        <translation>referring body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aziende</source>
        <translation>companies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>solo informativa</source>
        <translation>privacy notice only</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../gui/company_dialog.py" line="-599"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrato da</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ConventionTableModel</name>
    <message>
        <location line="+25"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperativa</source>
        <translation>Cooperative</translation>
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
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In corso</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non ancora iniziata</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusa</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../gui/courses_view.py" line="+136"/>
        <source>Nuovo corso</source>
        <translation>New course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>es. EMP</source>
        <translation>e.g. EMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>es. Empowerment</source>
        <translation>e.g. Empowerment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titolo:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Servizio:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ore totali</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ore totali:</source>
        <translation>Total &amp;hours:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le ore in aula sono quelle degli incontri del calendario; un colloquio individuale previsto dal corso si registra come ore individuali del percorso.</source>
        <translation>Classroom hours are those of the sessions in the calendar; an individual meeting included in the course is recorded as individual hours of the pathway.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crea il corso</source>
        <translation>Create the course</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <location line="+598"/>
        <source>Quota di presenza = minuti frequentati ÷ minuti previsti degli incontri già svolti dalla data di iscrizione (le assenze giustificate restano nel conto); supera il 75% chi ne frequenta almeno tre quarti.</source>
        <translation>Attendance rate = minutes attended ÷ minutes scheduled for the sessions already held since the enrolment date (excused absences stay in the count); anyone attending at least three quarters is above 75%.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corsi di gruppo</source>
        <translation>Group courses</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Corsi ed edizioni</source>
        <translation>Courses and editions</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Corso / edizione</source>
        <translation>Course / edition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Iscritti</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;orsi ed edizioni:</source>
        <translation>C&amp;ourses and editions:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nuovo corso</source>
        <translation>&amp;New course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuova &amp;edizione</source>
        <translation>New edi&amp;tion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Isc&amp;ritti</source>
        <translation>En&amp;rolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calend&amp;ario</source>
        <translation>C&amp;alendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistro</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edizione</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Iscrivi: nome o codice fiscale</source>
        <translation>Enrol: name or codice fiscale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cognome, nome o codice fiscale; Invio iscrive</source>
        <translation>surname, first name or codice fiscale; Enter enrols</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Iscrivi:</source>
        <translation>&amp;Enrol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persona da iscrivere</source>
        <translation>Person to enrol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iscritto dal</source>
        <translation>Enrolled from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;dal:</source>
        <translation>&amp;from:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iscri&amp;vi</source>
        <translation>Enro&amp;l</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Iscritti e quota di presenza</source>
        <translation>Enrolled and attendance rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come si calcola la quota di presenza</source>
        <translation>How the attendance rate is calculated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Togli iscrizione</source>
        <translation>&amp;Unenrol</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calendario degli incontri</source>
        <translation>Session calendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nuovo in&amp;contro</source>
        <translation>New &amp;session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ripeti ogni &amp;settimana</source>
        <translation>Repeat every &amp;week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modifica</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;limina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invio su un incontro apre il suo registro presenze.</source>
        <translation>Enter on a session opens its attendance register.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incontro</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;contro:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registro presenze</source>
        <translation>Attendance register</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tastiera: Tab e frecce passano da una casella all&apos;altra; Spazio alterna presente / assente / giustificato (P, A, G li scelgono); le cifre scrivono i minuti; Ctrl+S salva.</source>
        <translation>Keyboard: Tab and the arrows move from one box to the next; Space cycles present / absent / excused (P, A, G choose them); digits type the minutes; Ctrl+S saves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esito del registro</source>
        <translation>Register outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutti &amp;presenti</source>
        <translation>All &amp;present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Salva registro</source>
        <translation>&amp;Save register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salva il registro (Ctrl+S)</source>
        <translation>Save the register (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{service}, {hours} ore</source>
        <translation>{service}, {hours} hours</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nessun corso. Create il primo con «Nuovo corso» (Alt+N): codice, titolo, servizio e ore totali; poi le sue edizioni con «Nuova edizione» (Alt+E).</source>
        <translation>No courses. Create the first with “New course” (Alt+N): code, title, service and total hours; then its editions with “New edition” (Alt+T).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Qui appariranno le edizioni dei corsi.</source>
        <translation>Course editions will appear here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questo corso non ha ancora edizioni scelte: «Nuova edizione» (Alt+E) ne crea una con comune e date; poi scegliete l&apos;edizione a sinistra.</source>
        <translation>This course has no edition chosen yet: “New edition” (Alt+T) creates one with town and dates; then choose the edition on the left.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scegliete un&apos;edizione a sinistra.</source>
        <translation>Choose an edition on the left.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{town}, {dates} · {service} · {sessions} incontri in calendario, {scheduled} ore su {total} del corso · {enrolled} iscritti</source>
        <translation>{town}, {dates} · {service} · {sessions} sessions in the calendar, {scheduled} of the course&apos;s {total} hours · {enrolled} enrolled</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} iscritti, {passing} sopra il 75%</source>
        <translation>{n} enrolled, {passing} above 75%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nessun iscritto. Scrivete cognome, nome o codice fiscale in «Iscrivi» (Alt+I) e premete Invio: si iscrive chi ha un percorso aperto.</source>
        <translation>No one enrolled. Type surname, first name or codice fiscale in “Enrol” (Alt+E) and press Enter: anyone with an open pathway is enrolled.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nessun incontro in calendario. «Nuovo incontro» (Alt+C) ne aggiunge uno; «Ripeti ogni settimana» (Alt+S) crea una serie nello stesso giorno.</source>
        <translation>No sessions in the calendar. “New session” (Alt+S) adds one; “Repeat every week” (Alt+W) creates a series on the same weekday.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in programma</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>da compilare</source>
        <translation>to fill in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{present} presenti</source>
        <translation>{present} present</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nessun incontro in calendario: aggiungeteli nella scheda «Calendario», poi tornate qui per il registro.</source>
        <translation>No sessions in the calendar: add them in the “Calendar” tab, then come back here for the register.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;incontro del {day} non si è ancora svolto: il registro si compila dal giorno dell&apos;incontro.</source>
        <translation>The session on {day} hasn&apos;t taken place yet: the register can be filled in from the day of the session.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nessuno era iscritto il {day}: iscrivete le persone nella scheda «Iscritti» (la data di iscrizione conta).</source>
        <translation>No one was enrolled on {day}: enrol people in the “Enrolled” tab (the enrolment date counts).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registro da compilare: indicate la presenza di ognuno.</source>
        <translation>Register to fill in: mark each person&apos;s attendance.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nessuna persona trovata: scrivete almeno due lettere del cognome o il codice fiscale.</source>
        <translation>No one found: type at least two letters of the surname or the codice fiscale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Iscrizione non fatta</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} iscritto dal {day}.</source>
        <translation>{name} enrolled from {day}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: iscrizione tolta.</source>
        <translation>{name}: enrolment removed.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Modifiche non salvate (Ctrl+S per salvare).</source>
        <translation>Unsaved changes (Ctrl+S to save).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Il registro ha modifiche non salvate: Ctrl+S le salva; scegliete di nuovo l&apos;incontro per lasciarle.</source>
        <translation>The register has unsaved changes: Ctrl+S saves them; choose the session again to discard them.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Indicate la presenza di: {names}.</source>
        <translation>Mark the attendance of: {names}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Registro non salvato</source>
        <translation>Register not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registro salvato: {present} presenti, {absent} assenti, {excused} giustificati; ore al percorso per {deliveries} persone.</source>
        <translation>Register saved: {present} present, {absent} absent, {excused} excused; hours added to the pathway for {deliveries} people.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Senza percorso aperto (ore non contate): {names}.</source>
        <translation>No open pathway (hours not counted): {names}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="+52"/>
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
        <location filename="../../gui/sections/admin.py" line="-470"/>
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
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../gui/hours_tab.py" line="+290"/>
        <source>Registra ore — {programme}</source>
        <translation>Record hours — {programme}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nel piano)</source>
        <translation>(in the plan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Servizio:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individuale o di gruppo</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Individuale o di gruppo:</source>
        <translation>&amp;Individual or group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>I&amp;nizio:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Operatore:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivo del superamento</source>
        <translation>Reason for exceeding the cap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Autorizza il superamento, motivo:</source>
        <translation>&amp;Authorise exceeding the cap, reason:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registra</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Percorso {programme} — {name}</source>
        <translation>{programme} pathway — {name}</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <location line="-140"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orario</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuale o di gruppo</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivo del superamento</source>
        <translation>Reason for exceeding the cap</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ore di un incontro annotato nel diario</source>
        <translation>Hours from a meeting recorded in the diary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ore di una sessione di un corso di gruppo</source>
        <translation>Hours from a group course session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In un registro già firmato</source>
        <translation>In a register already signed</translation>
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
        <location line="+76"/>
        <source>Codice dello sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="-69"/>
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
        <location line="+351"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-350"/>
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
        <location line="+7"/>
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
        <location line="+10"/>
        <location line="+251"/>
        <source>Orari di apertura</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Nessun orario: lo sportello risulta chiuso tutta la settimana.</source>
        <translation>No hours: the desk is closed all week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Una riga per ogni fascia di apertura; per l&apos;orario spezzato usate due righe per lo stesso giorno.</source>
        <translation>One row for each opening period; for split hours use two rows for the same day.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Festività dei prossimi 12 mesi</source>
        <translation>Holidays in the next 12 months</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nelle festività nazionali e provinciali e nel giorno del santo patrono lo sportello è già considerato chiuso: non serve inserirle tra le chiusure.</source>
        <translation>On national and provincial holidays and on the patron saint&apos;s day the desk is already treated as closed: there is no need to add them as closures.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+25"/>
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
        <location line="+270"/>
        <source>Sal&amp;va gli orari</source>
        <translation>Sa&amp;ve hours</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Gli orari di ciascun operatore si salvano con il loro pulsante. Chi non ha orari in nessuno sportello è considerato presente quando lo sportello è aperto.</source>
        <translation>Each operator&apos;s hours are saved with their own button. Anyone with no hours at any desk is treated as present whenever the desk is open.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Codice sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="+103"/>
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
        <location filename="../../gui/models.py" line="+55"/>
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
    <name>DiaryTab</name>
    <message>
        <location filename="../../gui/diary_tab.py" line="+614"/>
        <source>Note di tutoraggio</source>
        <translation>Tutoring notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note de&amp;gli incontri:</source>
        <translation>Meetin&amp;g notes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nota selezionata</source>
        <translation>Selected note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scegliete una nota per leggerla tutta.</source>
        <translation>Choose a note to read it in full.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuova no&amp;ta…</source>
        <translation>New no&amp;te…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modi&amp;fica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versioni precedenti…</source>
        <translation>Previous &amp;versions…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n} note</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 nota</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessuna nota per questa persona.
Registrate il primo incontro con «Nuova nota» (Alt+T).</source>
        <translation>No notes for this person.
Record the first meeting with “New note” (Alt+T).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Una nota la modifica chi l&apos;ha scritta o un coordinatore.</source>
        <translation>A note can be edited by whoever wrote it or by a coordinator.</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../gui/sections/documents.py" line="+261"/>
        <source>Agenda del giorno</source>
        <translation>Daily agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gli appuntamenti di uno sportello in un giorno, con le stanze: da stampare al mattino e tenere sul banco.</source>
        <translation>A desk&apos;s appointments for one day, with the rooms: print it in the morning and keep it on the counter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fascicolo del percorso</source>
        <translation>Pathway dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tutto il percorso di una persona; la versione ridotta, per un&apos;azienda o un altro servizio, lascia fuori legge 68/99, note riservate e contatti non autorizzati.</source>
        <translation>A person&apos;s whole pathway; the redacted version, for a company or another service, leaves out Law 68/99, confidential notes and unauthorised contacts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;utti i fascicoli del programma per il mese…</source>
        <translation>&amp;All the programme&apos;s dossiers for the month…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Foglio ore mensile</source>
        <translation>Monthly timesheet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le ore di servizio del mese, per servizio, con le righe per le firme; dopo la firma ogni stampa è una ristampa numerata.</source>
        <translation>The month&apos;s service hours, by service, with lines for signatures; once signed, every print is a numbered reprint.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;utti i fogli ore del programma per il mese…</source>
        <translation>&amp;All the programme&apos;s timesheets for the month…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registro presenze del corso</source>
        <translation>Course attendance register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un foglio per incontro con le firme dei presenti e dell&apos;operatore.</source>
        <translation>One sheet per session, with the signatures of those present and of the operator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Piano individuale (PIP/PAI)</source>
        <translation>Individual plan (PIP/PAI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Servizi, ore e valori del percorso, da firmare.</source>
        <translation>Services, hours and values of the pathway, for signing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheda di presa in carico</source>
        <translation>Intake sheet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Informativa privacy e consensi</source>
        <translation>Privacy notice and consents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicatori per il finanziatore</source>
        <translation>Funder indicators</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partecipanti, ore, esiti e aziende del periodo, con le definizioni di ogni cifra; in XLSX e JSON dalla riga di comando.</source>
        <translation>Participants, hours, outcomes and companies for the period, with the definition of every figure; as XLSX and JSON from the command line.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+18"/>
        <source>Documenti</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codice fiscale o codice interno (P-…)</source>
        <translation>codice fiscale or internal code (P-…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edizione del corso</source>
        <translation>Course edition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versione ridot&amp;ta, per un&apos;azienda o un altro servizio</source>
        <translation>&amp;Redacted version, for a company or another service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versione ridotta</source>
        <translation>Redacted version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sp&amp;ortello:</source>
        <translation>Des&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Giorno:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partecipante:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mese:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogramma:</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;l:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Al:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edizione:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errore: {field}</source>
        <translation>Error: {field}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;nteprima</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteprima</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mostra il documento qui, da dove si stampa o si salva (Invio)</source>
        <translation>Show the document here, where you can print or save it (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Salva…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salva in PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segna come &amp;firmato</source>
        <translation>Mark as s&amp;igned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segna come firmato</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dopo le firme sulla carta: le ore del documento non si cambiano più e ogni nuova stampa è una ristampa numerata.</source>
        <translation>Once signed on paper: the document&apos;s hours can no longer change and every new print is a numbered reprint.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;blocca…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+347"/>
        <source>Sblocca il registro firmato</source>
        <translation>Unlock the signed register</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Solo un coordinatore: riapre le ore di un registro firmato, con un motivo.</source>
        <translation>Coordinators only: reopens the hours of a signed register, with a reason.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esito</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Prepara un documento</source>
        <translation>Prepare a document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nessun tipo di documento disponibile.</source>
        <translation>No document types available.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stori&amp;co dei documenti</source>
        <translation>Document &amp;history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ogni documento stampato o esportato da Sportello resta registrato: chi l&apos;ha prodotto, quando e che cosa conteneva.</source>
        <translation>Every document printed or exported by Sportello is recorded: who produced it, when and what it contained.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Storico dei documenti esportati</source>
        <translation>History of exported documents</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>nessuno sportello: createlo in Amministrazione</source>
        <translation>no desks: create one in Administration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tutti i programmi</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nessun programma: createlo in Amministrazione</source>
        <translation>no programmes: create one in Administration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nessuna edizione: createla in Percorsi › Corsi</source>
        <translation>no editions: create one in Pathways › Group courses</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>è obbligatorio.</source>
        <translation>is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>il periodo finisce prima di cominciare.</source>
        <translation>the period ends before it starts.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PDF non salvato</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il PDF non è stato salvato: {reason}</source>
        <translation>The PDF was not saved: {reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Foglio ore firmato: 1 registrazione di ore ora bloccata.</source>
        <translation>Timesheet signed: 1 hours record now locked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foglio ore firmato: {n} registrazioni di ore ora bloccate.</source>
        <translation>Timesheet signed: {n} hours records now locked.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nessun registro da firmare: gli incontri svolti sono già firmati o non hanno ancora le presenze.</source>
        <translation>No register to sign: the sessions held are already signed or have no attendance yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} registri degli incontri firmati.</source>
        <translation>{n} session registers signed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Non c&apos;è nessun registro firmato da sbloccare.</source>
        <translation>There is no signed register to unlock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Perché si riaprono le ore di {n} registri firmati? Il motivo resta nello storico.</source>
        <translation>Why are the hours of {n} signed registers being reopened? The reason stays in the history.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perché si riaprono le ore del registro firmato? Il motivo resta nello storico.</source>
        <translation>Why are the hours of the signed register being reopened? The reason stays in the history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sblocca</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Registro sbloccato: le sue ore si possono di nuovo cambiare.</source>
        <translation>Register unlocked: its hours can be changed again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preparazione dell&apos;anteprima…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documento non preparato.</source>
        <translation>Document not prepared.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Salva {what} in PDF</source>
        <translation>Save {what} as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparazione del PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} salvato in {path}.</source>
        <translation>{what} saved to {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documento salvato</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} è salvato in PDF.</source>
        <translation>{what} has been saved as a PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF non salvato.</source>
        <translation>PDF not saved.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Non c&apos;è nessun documento da preparare per questa scelta.</source>
        <translation>There is no document to prepare for this choice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In quale cartella salvare i documenti?</source>
        <translation>Which folder should the documents be saved to?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} documenti salvati in {folder}.</source>
        <translation>{n} documents saved to {folder}.</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <source>Scegliete un documento qui sopra e premete «Anteprima» (Invio) per vederlo, stamparlo o salvarlo. I documenti stampati o salvati saranno elencati qui, con data, autore e contenuto, così che si sappia sempre quali dati sono usciti dal programma.</source>
        <translation>Choose a document above and press “Preview” (Enter) to view, print or save it. Documents printed or saved will be listed here, with date, author and contents, so that you always know which data have left the app.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 pagina.</source>
        <translation>1 page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} pagine.</source>
        <translation>{n} pages.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anteprima di {what}.</source>
        <translation>Preview of {what}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scegli</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="-299"/>
        <location line="+300"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <location filename="../../gui/courses_view.py" line="-1290"/>
        <source>Nuova edizione</source>
        <translation>New edition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corso</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;orso:</source>
        <translation>C&amp;ourse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice dell&apos;edizione</source>
        <translation>Edition code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>es. EMP-CR-1</source>
        <translation>e.g. EMP-CR-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mune:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crea l&apos;edizione</source>
        <translation>Create the edition</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="+370"/>
        <source>Proroga del tirocinio</source>
        <translation>Internship extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine attuale</source>
        <translation>Current end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine attuale:</source>
        <translation>Current end date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuova fine</source>
        <translation>New end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nuova fine:</source>
        <translation>&amp;New end date:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{company}, dal {start}.</source>
        <translation>{company}, from {start}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proroga</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../gui/first_run.py" line="+59"/>
        <location line="+12"/>
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
        <location line="+307"/>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-306"/>
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
        <location line="+294"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-294"/>
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
        <source>Il primo utente crea gli altri: per questo è coordinatore o amministratore.</source>
        <translation>The first user creates the others: that is why they are a coordinator or an administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conferma della password</source>
        <translation>Password confirmation</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ripe&amp;tete la password:</source>
        <translation>Repeat t&amp;he password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Almeno 10 caratteri, diversa dal nome utente: servirà per entrare e per sbloccare la finestra.</source>
        <translation>At least 10 characters, not the username: you will need it to sign in and to unlock the window.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crea sportello e &amp;utente</source>
        <translation>Crea&amp;te desk and user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crea sportello e utente</source>
        <translation>Create desk and user</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Cifra il database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fortemente consigliato: se il computer viene perso o rubato, senza la passphrase il database e i suoi backup sono illeggibili. Conservate la passphrase in un luogo sicuro: senza di essa nemmeno voi potrete recuperare i dati. Almeno {n} caratteri; lasciate vuoto per non cifrare.</source>
        <translation>Strongly recommended: if the computer is lost or stolen, without the passphrase the database and its backups cannot be read. Keep the passphrase somewhere safe: without it not even you can recover the data. At least {n} characters; leave empty not to encrypt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase del database</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conferma della passphrase del database</source>
        <translation>Database passphrase confirmation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ripetete l&amp;a passphrase:</source>
        <translation>Con&amp;firm the passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>non coincide con la passphrase.</source>
        <translation>does not match the passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conferma della passphrase</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database cifrato</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+47"/>
        <source>Codice sportello</source>
        <translation>Desk code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Creati lo sportello {desk} e l&apos;utente {user}.</source>
        <translation>Created the desk {desk} and the user {user}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dati non validi</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dati dimostrativi: entrate per esempio come {users}. La password di tutti gli utenti dimostrativi è «{password}».</source>
        <translation>Demo data: sign in for example as {users}. The password of every demo user is “{password}”.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+20"/>
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
        <location filename="../../gui/form_dialog.py" line="+47"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvarle?</source>
        <translation>There are unsaved changes. Close without saving them?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiudi &amp;senza salvare</source>
        <translation>Close &amp;without saving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Torna alla scheda</source>
        <translation>&amp;Back to the record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errore: {field}</source>
        <translation>Error: {field}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../gui/hours_editor.py" line="+88"/>
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
        <location line="+17"/>
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
    <name>HoursTab</name>
    <message>
        <location filename="../../gui/hours_tab.py" line="+180"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nessun percorso</source>
        <translation>no pathway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pe&amp;rcorso:</source>
        <translation>Pathwa&amp;y:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gistra ore…</source>
        <translation>Record &amp;hours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;limina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ore per servizio</source>
        <translation>Hours by service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ore per &amp;servizio, piano e massimo del programma:</source>
        <translation>Hours by &amp;service, plan and the programme&apos;s cap:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ore registrate</source>
        <translation>Recorded hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ore regis&amp;trate in questo percorso:</source>
        <translation>Hours &amp;recorded in this pathway:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Questa persona non ha ancora un percorso.
Apritene uno nella scheda «Percorsi»: qui vedrete le ore del piano, quelle erogate e il massimo del programma.</source>
        <translation>This person has no pathway yet.
Open one in the “Pathways” tab: here you&apos;ll see the hours in the plan, the hours delivered and the programme&apos;s cap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessuna ora registrata.</source>
        <translation>No hours recorded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Il piano di questo percorso non prevede ore e il programma non fissa massimi. Le ore registrate compariranno qui, servizio per servizio.</source>
        <translation>This pathway&apos;s plan has no hours and the programme sets no caps. Recorded hours will appear here, service by service.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nessuna ora registrata in questo percorso.
Registratele con «Registra ore» (Alt+G), o segnate nel diario che un incontro conta come ore del percorso.</source>
        <translation>No hours recorded in this pathway.
Record them with “Record hours” (Alt+H), or mark in the diary that a meeting counts as pathway hours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Il percorso è chiuso: non si registrano altre ore.</source>
        <translation>The pathway is closed: no more hours can be recorded.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Serve un percorso aperto (scheda «Percorsi»).</source>
        <translation>An open pathway is needed (“Pathways” tab).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le ore le elimina chi le ha registrate o un coordinatore, finché non sono in un registro firmato o in quello di un corso.</source>
        <translation>Hours can be deleted by whoever recorded them or by a coordinator, until they are in a signed register or a course register.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Eliminare {hours} ore di {service} del {day}? Restano nel registro delle attività.</source>
        <translation>Delete {hours} hours of {service} on {day}? They stay in the activity log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La nota dell&apos;incontro resta, ma non conta più come ore.</source>
        <translation>The meeting note stays, but no longer counts as hours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elimina ore</source>
        <translation>Delete hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>HoursTableModel</name>
    <message>
        <location line="-515"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previste dal piano</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erogate</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massimo del programma</source>
        <translation>Programme cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restano sotto il massimo</source>
        <translation>Left under the cap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Totale</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Erogate più ore di quelle previste dal piano</source>
        <translation>More hours delivered than the plan provides for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Massimo superato con l&apos;autorizzazione di un coordinatore</source>
        <translation>Cap exceeded with a coordinator&apos;s authorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il massimo del programma è quasi raggiunto</source>
        <translation>The programme&apos;s cap is almost reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Somma sui servizi che hanno un massimo</source>
        <translation>Sum over the services that have a cap</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/import_wizard.py" line="+107"/>
        <source>Tutti i file (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Apri</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <location line="+261"/>
        <location line="+345"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-634"/>
        <source>Importa partecipanti</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importa partecipanti da un foglio di calcolo</source>
        <translation>Import participants from a spreadsheet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indie&amp;tro</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scegliete un altro file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importate le persone da un foglio di calcolo. La prima riga deve contenere i nomi delle colonne; servono almeno codice fiscale, cognome e nome. Prima di scrivere qualcosa vedrete un&apos;anteprima: quante persone sono nuove, quante sono già in anagrafica (restano come sono) e quali righe vanno corrette.</source>
        <translation>Import people from a spreadsheet. The first row must hold the column names; at least tax code (codice fiscale), surname and first name are needed. Before anything is written you will see a preview: how many people are new, how many are already registered (they stay as they are) and which rows need correcting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formati: .xlsx (il primo foglio) oppure .csv separato da «;» o da «,», meglio se salvato come «CSV UTF-8». Le date come 31/12/1980. Un&apos;intestazione che Sportello riconosce da sé: codice_fiscale; cognome; nome; data_nascita; sesso; telefono; email; indirizzo; cap; comune. Le altre colonne si abbinano a mano nel passo successivo.</source>
        <translation>Formats: .xlsx (the first sheet) or .csv separated by ‘;’ or ‘,’, preferably saved as ‘CSV UTF-8’. Dates like 31/12/1980. A header that Sportello recognises by itself: codice_fiscale; cognome; nome; data_nascita; sesso; telefono; email; indirizzo; cap; comune. The other columns are matched by hand in the next step.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File da importare</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scegliete il file con «Sfoglia…»</source>
        <translation>Choose the file with ‘Browse…’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sfoglia…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sfoglia</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scegliete il file .csv o .xlsx da importare</source>
        <translation>Choose the .csv or .xlsx file to import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problema del file</source>
        <translation>Problem with the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quale file importare</source>
        <translation>Which file to import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Colonne del file</source>
        <translation>File &amp;columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per ogni colonna scegliete il campo di Sportello in cui importarla, oppure «non importare». I campi con * sono obbligatori.</source>
        <translation>For each column choose the Sportello field to import it into, or ‘do not import’. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colonne del file</source>
        <translation>File columns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colonne mancanti</source>
        <translation>Missing columns</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Righe nel file</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da importare</source>
        <translation>To import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persone nuove, con le righe corrette</source>
        <translation>New people, with correct rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Già presenti</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persone già in anagrafica con lo stesso codice fiscale: restano come sono</source>
        <translation>People already registered with the same tax code: they stay as they are</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scartate</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Righe con un errore: non saranno importate</source>
        <translation>Rows with an error: they will not be imported</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+51"/>
        <source>Righe scartate</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Sportello dei nuovi partecipanti</source>
        <translation>Desk for new participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facoltativo; le persone già in anagrafica non cambiano sportello</source>
        <translation>Optional; people already registered keep their desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sportello &amp;dei nuovi partecipanti:</source>
        <translation>&amp;Desk for new participants:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esito dell&apos;importazione</source>
        <translation>Import outcome</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importazione completata</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importate</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Già presenti, non modificate</source>
        <translation>Already registered, not changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le righe qui sotto non sono state importate. Salvatele in un file, correggetele nel foglio di calcolo e importate di nuovo lo stesso file: le persone già importate non vengono duplicate.</source>
        <translation>The rows below were not imported. Save them to a file, correct them in the spreadsheet and import the same file again: people already imported are not duplicated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Salva le righe scartate…</source>
        <translation>&amp;Save the rejected rows…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+549"/>
        <source>Salva le righe scartate</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>Un file CSV con riga, campo e motivo di ogni riga scartata</source>
        <translation>A CSV file with the row, field and reason for each rejected row</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vanti</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legge il file e mostra l&apos;anteprima</source>
        <translation>Reads the file and shows the preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Importa</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nessuna persona nuova da importare</source>
        <translation>No new people to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importa 1 persona</source>
        <translation>&amp;Import 1 person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importa {n} persone</source>
        <translation>&amp;Import {n} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrive in anagrafica le persone nuove, tutte insieme (Alt+I)</source>
        <translation>Adds the new people to the register, all at once (Alt+I)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scegliete il file da importare</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fogli di calcolo ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lettura di {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questo file non si può importare.
{reason}
Non è stato scritto nulla.</source>
        <translation>This file cannot be imported.
{reason}
Nothing has been written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV separato da «{d}»</source>
        <translation>CSV separated by ‘{d}’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foglio Excel</source>
        <translation>Excel sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {kind} · {n} colonne · cartella {folder}</source>
        <translation>{name} · {kind} · {n} columns · folder {folder}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colonna</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esempio</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importa come</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(senza nome)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colonna {letter} del file</source>
        <translation>Column {letter} of the file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campo per la colonna «{name}»</source>
        <translation>Field for the column ‘{name}’</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>— non importare —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+43"/>
        <source>Anteprima in aggiornamento…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>«{field}» è scelto per più colonne ({columns}): lasciatene una.</source>
        <translation>‘{field}’ is chosen for more than one column ({columns}): keep just one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manca la colonna per: {fields}. Scegliete qui sopra quale colonna la contiene.</source>
        <translation>No column for: {fields}. Choose above which column holds it.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>I conteggi compaiono quando ogni campo obbligatorio ha la sua colonna, una sola.</source>
        <translation>The counts appear when every required field has its own column, and only one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Il file ha solo l&apos;intestazione: non ci sono righe da importare.</source>
        <translation>The file has only the header: there are no rows to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nessuna riga scartata: tutte le righe sono corrette.</source>
        <translation>No rows rejected: all the rows are correct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le prime {shown} di {n}. Dopo l&apos;importazione potrete salvarle tutte in un file da correggere.</source>
        <translation>The first {shown} of {n}. After the import you can save them all to a file to correct.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queste righe non saranno importate; le altre sì. Dopo l&apos;importazione potrete salvarle in un file da correggere.</source>
        <translation>These rows will not be imported; the others will. After the import you can save them to a file to correct.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Controllo delle righe…
Se annullate, non viene scritto nulla.</source>
        <translation>Checking the rows…
If you cancel, nothing is written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importazione</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avanzamento dell&apos;importazione</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Annullamento in corso: non verrà scritto nulla…</source>
        <translation>Cancelling: nothing will be written…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Righe controllate e scritte: {done} di {total}…
Se annullate, non viene scritto nulla.</source>
        <translation>Rows checked and written: {done} of {total}…
If you cancel, nothing is written.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importazione annullata: non è stato scritto nulla in anagrafica.</source>
        <translation>Import cancelled: nothing has been written to the register.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importazione non riuscita: non è stato scritto nulla.</source>
        <translation>Import failed: nothing has been written.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nessuna persona nuova da {name} ({rows} righe).</source>
        <translation>No new people from {name} ({rows} rows).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>È stata importata 1 persona da {name} ({rows} righe).</source>
        <translation>1 person imported from {name} ({rows} rows).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sono state importate {n} persone da {name} ({rows} righe).</source>
        <translation>{n} people imported from {name} ({rows} rows).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le persone nuove sono assegnate allo sportello {desk}.</source>
        <translation>The new people are assigned to the {desk} desk.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>File CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File non salvato</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non è stato possibile scrivere {path}: {reason}</source>
        <translation>{path} could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salvate {n} righe scartate in {path}</source>
        <translation>{n} rejected rows saved to {path}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../gui/intake_dialog.py" line="+46"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Colloquio di presa in carico</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viene registrato come primo servizio del percorso (colloquio specialistico), con la sua durata. La valutazione dell&apos;operatore è obbligatoria.</source>
        <translation>It is recorded as the first service of the pathway (specialist interview), with its duration. The operator&apos;s assessment is required.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Giorno del colloquio</source>
        <translation>Day of the interview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durata in minuti</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facoltativo, es. sportello di Cremona</source>
        <translation>optional, e.g. Cremona desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Giorno:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Durata:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Esperienze:</source>
        <translation>&amp;Experience:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lavoro, tirocini, formazione</source>
        <translation>Work, internships, training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Competenze:</source>
        <translation>S&amp;kills:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tecniche e trasversali</source>
        <translation>Technical and soft skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ingue:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lingue parlate e livello</source>
        <translation>Languages spoken and level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ostacoli:</source>
        <translation>&amp;Obstacles:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ostacoli e bisogni di supporto</source>
        <translation>Obstacles and support needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aspettative:</source>
        <translation>Expec&amp;tations:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cosa cerca la persona</source>
        <translation>What the person is looking for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valutazione:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valutazione dell&apos;operatore</source>
        <translation>The operator&apos;s assessment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Salva il colloquio</source>
        <translation>&amp;Save the interview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InternshipDialog</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="-192"/>
        <source>Nuovo tirocinio</source>
        <translation>New internship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modifica tirocinio</source>
        <translation>Edit internship</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tirocinio</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Azienda ospitante</source>
        <translation>Host company</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&amp;Azienda ospitante:</source>
        <translation>&amp;Host company:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sede</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sede:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soggetto promotore</source>
        <translation>Promoting body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soggetto &amp;promotore:</source>
        <translation>&amp;Promoting body:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— nessuno —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Perc&amp;orso:</source>
        <translation>P&amp;athway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ore settimanali</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore setti&amp;manali:</source>
        <translation>&amp;Weekly hours:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comunicazione obbligatoria</source>
        <translation>Mandatory notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Comunicazione obbligatoria:</source>
        <translation>&amp;Mandatory notification:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tutor, indennità e polizze</source>
        <translation>Tutors, allowance and insurance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tutor aziendale</source>
        <translation>Company tutor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutor a&amp;ziendale:</source>
        <translation>&amp;Company tutor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutor del promotore</source>
        <translation>Promoter&apos;s tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tutor del promoto&amp;re:</source>
        <translation>P&amp;romoter&apos;s tutor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indennità mensile in euro</source>
        <translation>Monthly allowance in euros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>es. 500,00</source>
        <translation>e.g. 500,00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In&amp;dennità mensile (€):</source>
        <translation>Monthly allowa&amp;nce (€):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi paga l&apos;indennità</source>
        <translation>Who pays the allowance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi pa&amp;ga l&apos;indennità:</source>
        <translation>Who pa&amp;ys the allowance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polizza INAIL</source>
        <translation>INAIL policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polizza I&amp;NAIL:</source>
        <translation>&amp;INAIL policy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polizza responsabilità civile</source>
        <translation>Civil liability policy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Polizza responsabilità ci&amp;vile:</source>
        <translation>Ci&amp;vil liability policy:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Durata massima, proroghe comprese: 12 mesi per l&apos;extracurricolare (24 per una persona con disabilità), 24 per il tirocinio di inclusione.</source>
        <translation>Maximum length, extensions included: 12 months for an extracurricular internship (24 for a person with a disability), 24 for an inclusion internship.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salva il tirocinio</source>
        <translation>Save the internship</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>«{name}» non è tra le aziende: sceglietene una dall&apos;elenco.</source>
        <translation>“{name}” isn&apos;t one of the companies: choose one from the list.</translation>
    </message>
</context>
<context>
    <name>InternshipTableModel</name>
    <message>
        <location line="-247"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azienda ospitante</source>
        <translation>Host company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore/sett.</source>
        <translation>Hrs/week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor aziendale</source>
        <translation>Company tutor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (prorogato)</source>
        <translation>{date} (extended)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fine prevista {end}, prorogato al {extended}</source>
        <translation>Planned end {end}, extended to {extended}</translation>
    </message>
</context>
<context>
    <name>JobSearchDialog</name>
    <message>
        <location filename="../../gui/jobsearch_tab.py" line="+212"/>
        <source>Sessione di ricerca lavoro — {name}</source>
        <translation>Job search session — {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Canali cercati</source>
        <translation>Channels searched</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;V aggiornato</source>
        <translation>C&amp;V updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV aggiornato</source>
        <translation>CV updated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosa si è cercato, cosa resta da fare</source>
        <translation>What was searched for, what is left to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidature inviate nella sessione</source>
        <translation>Applications sent in the session</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Nessuna candidatura: aggiungetele con «Aggiungi candidatura» (Alt+A).</source>
        <translation>No applications: add them with “Add application” (Alt+A).</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Candidature inviate nella sessione:</source>
        <translation>A&amp;pplications sent in the session:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aggiungi candidatura…</source>
        <translation>&amp;Add application…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rimuovi</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Motivo del superamento</source>
        <translation>Reason for exceeding the cap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autori&amp;zza il superamento, motivo:</source>
        <translation>Au&amp;thorise exceeding the cap, reason:</translation>
    </message>
</context>
<context>
    <name>JobSearchTab</name>
    <message>
        <location line="-715"/>
        <source>&amp;Portali di annunci</source>
        <translation>Job &amp;boards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Siti aziendali</source>
        <translation>&amp;Company websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genzie per il lavoro</source>
        <translation>Employment a&amp;gencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;entro per l&apos;impiego</source>
        <translation>Job Cent&amp;re (CPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ocial network</source>
        <translation>S&amp;ocial networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passaparo&amp;la</source>
        <translation>&amp;Word of mouth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;utocandidatura di persona</source>
        <translation>&amp;In-person applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giornali e &amp;bacheche</source>
        <translation>&amp;Newspapers and notice boards</translation>
    </message>
    <message>
        <location line="+881"/>
        <source>Nuova &amp;candidatura…</source>
        <translation>New appli&amp;cation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registra una candidatura (Ctrl+N)</source>
        <translation>Record an application (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registra &amp;sessione di ricerca…</source>
        <translation>Record search &amp;session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spos&amp;ta a…</source>
        <translation>Mo&amp;ve to…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>Sposta la candidatura scelta a un altro stato (Ctrl+M)</source>
        <translation>Move the chosen application to another status (Ctrl+M)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Modi&amp;fica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Elimina…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elimina la candidatura scelta (Canc)</source>
        <translation>Delete the chosen application (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le candidature le registrano tutor e coordinatori.</source>
        <translation>Applications are recorded by tutors and coordinators.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Candidat&amp;ure per stato:</source>
        <translation>Applications by s&amp;tatus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessioni di ricerca lavoro</source>
        <translation>Job search sessions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessioni di &amp;ricerca lavoro:</source>
        <translation>&amp;Job search sessions:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{n} candidature</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 candidatura</source>
        <translation>1 application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nessuna candidatura per questa persona. Registratene una con «Nuova candidatura» (Alt+C o Ctrl+N), o con una sessione di ricerca (Alt+S).</source>
        <translation>No applications for this person. Record one with “New application” (Alt+C or Ctrl+N), or with a search session (Alt+S).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nessuna sessione di ricerca lavoro. Registratene una con «Registra sessione di ricerca» (Alt+S): conta come ore di ricerca attiva nel percorso aperto.</source>
        <translation>No job search sessions. Record one with “Record search session” (Alt+S): it counts as active search hours in the open pathway.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Candidatura chiusa: solo un coordinatore può cambiarne lo stato.</source>
        <translation>Application closed: only a coordinator can change its status.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Eliminare la candidatura a {company} ({role})? Il registro delle attività ne conserva traccia.</source>
        <translation>Delete the application to {company} ({role})? The activity log keeps a record of it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Elimina candidatura</source>
        <translation>Delete application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>JobSearchTableModel</name>
    <message>
        <location line="-269"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canali cercati</source>
        <translation>Channels searched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidature</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore nel percorso</source>
        <translation>Hours in pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>aggiornato</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nessun percorso aperto quel giorno: la sessione non conta come ore.</source>
        <translation>No pathway open on that day: the session does not count as hours.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/letterhead_editor.py" line="+47"/>
        <location line="+1"/>
        <source>Carta intestata</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nome della cooperativa</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperativa sociale Esempio</source>
        <translation>Example Social Cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via Roma 1, 26100 Cremona (CR)</source>
        <translation>Via Roma 1, 26100 Cremona (CR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dati fiscali</source>
        <translation>Tax details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P. IVA 01234567890 · Albo coop. A123456</source>
        <translation>VAT no. 01234567890 · Coop register no. A123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>file PNG o JPEG (facoltativo)</source>
        <translation>PNG or JPEG file (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sce&amp;gli…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Scegli il logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Anteprima del logo</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indirizzo:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dati fiscali:</source>
        <translation>&amp;Tax details:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questi dati compaiono sulla copertina e nell&apos;intestazione di ogni documento stampato (dossier, registri, piani, rapporti). Il logo è stampato accanto al nome, in un riquadro di circa 3 × 2 cm: va bene un&apos;immagine quasi quadrata, su fondo bianco.</source>
        <translation>These details appear on the cover and in the header of every printed document (dossiers, registers, plans, reports). The logo is printed next to the name, in a box of about 3 × 2 cm: a roughly square image on a white background works well.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scegli</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Immagini PNG o JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nessun logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>immagine non leggibile</source>
        <translation>unreadable image</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{path}» non è un&apos;immagine PNG o JPEG leggibile.</source>
        <translation>“{path}” is not a readable PNG or JPEG image.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../gui/lock_screen.py" line="+114"/>
        <location line="+1"/>
        <source>Sportello bloccato</source>
        <translation>Sportello locked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sportello è bloccato</source>
        <translation>Sportello is locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utente: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utente che ha bloccato</source>
        <translation>User who locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il contenuto è nascosto. Scrivete la vostra password per riprendere da dove eravate, oppure uscite dal programma.</source>
        <translation>The content is hidden. Type your password to carry on where you were, or exit the program.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sblocco rifiutato</source>
        <translation>Unlock refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>&amp;Sblocca</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Esci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nome utente o password errati.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>LockoutWait</name>
    <message>
        <location filename="../../gui/sign_in.py" line="+55"/>
        <source>Attendete {n} s</source>
        <translation>Wait {n} s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+72"/>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sezioni</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+5"/>
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
        <source>Cerca nelle &amp;note…</source>
        <translation>Search &amp;notes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cerca parole nelle note di tutoraggio che potete leggere</source>
        <translation>Search for words in the tutoring notes you can read</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+209"/>
        <source>Utente: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Utente che sta operando</source>
        <translation>User currently working</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Dati aggiornati</source>
        <translation>Data refreshed</translation>
    </message>
    <message>
        <location line="+48"/>
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
    <message>
        <location line="+6"/>
        <source>Blocca &amp;ora</source>
        <translation>&amp;Lock Now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nasconde il contenuto finché non scrivete di nuovo la password</source>
        <translation>Hides the content until you type your password again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cambia &amp;password…</source>
        <translation>Change &amp;Password…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Password cambiata.</source>
        <translation>Password changed.</translation>
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
        <source>1 assente</source>
        <translation>1 absent</translation>
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
        <source>&amp;Questo mese</source>
        <translation>&amp;This month</translation>
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
    <name>MoveDialog</name>
    <message>
        <location filename="../../gui/jobsearch_tab.py" line="-320"/>
        <source>Sposta la candidatura a {company}</source>
        <translation>Move the application to {company}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role} — ora «{status}»</source>
        <translation>{role} — now “{status}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidatura:</source>
        <translation>Application:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuovo stato</source>
        <translation>New status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nuovo stato:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da richiamare il</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da &amp;richiamare il:</source>
        <translation>&amp;Follow up on:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senza data, un richiamo già fissato resta; «Assunto», «Respinta» e «Ritirata» chiudono la candidatura e tolgono il richiamo.</source>
        <translation>Without a date, any follow-up already set is kept; “Hired”, “Rejected” and “Withdrawn” close the application and remove the follow-up.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/diary_tab.py" line="-384"/>
        <source>Nuova nota — {name}</source>
        <translation>New note — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifica la nota del {day}</source>
        <translation>Edit the note from {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Con chi</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Con chi:</source>
        <translation>&amp;With whom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalità</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modalità:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Com&apos;è andato l&apos;incontro (Ctrl+Invio salva)</source>
        <translation>How the meeting went (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testo:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prossimi passi</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prossimi pa&amp;ssi:</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entro il:</source>
        <translation>Due &amp;by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Riservata</source>
        <translation>&amp;Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riservata</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conta come &amp;ore del percorso</source>
        <translation>Counts as pathway &amp;hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conta come ore del percorso</source>
        <translation>Counts as pathway hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Percorso:</source>
        <translation>&amp;Pathway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servizio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;vizio:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Motivo del superamento</source>
        <translation>Reason for exceeding the cap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Autorizza il superamento, motivo:</source>
        <translation>&amp;Authorise exceeding the cap, reason:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(nel piano)</source>
        <translation>(in the plan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La leggeranno solo {author} e i coordinatori.</source>
        <translation>Only {author} and the coordinators will read it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La leggerà chiunque apra la scheda della persona.</source>
        <translation>Anyone who opens the person&apos;s page will read it.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conta già come {hours} ore di {service} ({programme}): cambiando giorno e orari cambiano anche le ore.</source>
        <translation>Already counts as {hours} hours of {service} ({programme}): changing the day or times changes the hours too.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le ore si registrano dalla scheda «Ore e piano».</source>
        <translation>Hours are recorded from the “Hours and plan” tab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nessun percorso aperto: apritene uno nella scheda «Percorsi».</source>
        <translation>No open pathway: open one in the “Pathways” tab.</translation>
    </message>
</context>
<context>
    <name>NoteHitModel</name>
    <message>
        <location filename="../../gui/note_search.py" line="+41"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autore</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — riservata</source>
        <translation> — confidential</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <location line="+15"/>
        <source>Cerca nelle note</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parole da cercare nelle note</source>
        <translation>Words to search for in the notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per esempio: colloquio falegnameria</source>
        <translation>for example: interview joinery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cerca:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note trovate</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;hiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accenti e maiuscole non contano; l&apos;ultima parola vale anche come inizio di parola. Le note riservate si vedono solo se le avete scritte voi o siete coordinatori. Invio apre la scheda della persona.</source>
        <translation>Accents and capitals don&apos;t matter; the last word also matches the start of a word. Confidential notes are shown only if you wrote them or you are a coordinator. Enter opens the person&apos;s page.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scrivete una o più parole: compariranno le note che le contengono, dalla più recente.</source>
        <translation>Type one or more words: the notes that contain them will appear, most recent first.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nessuna nota contiene «{text}».</source>
        <translation>No note contains “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provate con meno parole o con l&apos;inizio di una parola.</source>
        <translation>Try fewer words or the start of a word.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le {n} note più recenti: aggiungete parole per restringere.</source>
        <translation>The {n} most recent notes: add words to narrow the search.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 nota</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} note</source>
        <translation>{n} notes</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../../gui/diary_tab.py" line="-383"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con chi</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalità</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autore</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riservata</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prossimo passo</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifiche</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>riservata</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nota riservata: la leggono solo chi l&apos;ha scritta e i coordinatori.</source>
        <translation>Confidential note: only the author and the coordinators can read it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaduto</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <location filename="../../gui/desk_editor.py" line="-703"/>
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
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="+390"/>
        <source>Tirocinio trasformato: il contratto</source>
        <translation>Internship converted: the contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuovo esito</source>
        <translation>New outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modifica esito</source>
        <translation>Edit outcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine del tirocinio</source>
        <translation>End of internship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fine del tirocinio:</source>
        <translation>E&amp;nd of internship:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tipo di esito</source>
        <translation>Outcome type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tipo di esito:</source>
        <translation>&amp;Outcome type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datore di lavoro</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&apos;azienda dell&apos;elenco o un nome</source>
        <translation>A company from the list or a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datore di lavoro:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mansione</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mansione:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ore settimanali</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ore settimanali:</source>
        <translation>&amp;Weekly hours:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durata in mesi</source>
        <translation>Duration in months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durata in me&amp;si:</source>
        <translation>Duration in &amp;months:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— il percorso aperto, se è uno solo —</source>
        <translation>— the open pathway, if there is only one —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Percorso:</source>
        <translation>&amp;Pathway:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Il tirocinio presso {company} si chiude come trasformato e il contratto si registra come esito, insieme.</source>
        <translation>The internship at {company} is closed as converted, and the contract is recorded as its outcome at the same time.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tempo determinato e somministrazione: indicate i mesi; il tempo indeterminato non ne ha.</source>
        <translation>Fixed-term and agency work: enter the months; permanent contracts have none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salva l&apos;esito</source>
        <translation>Save outcome</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location line="-458"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datore di lavoro</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mansione</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesi</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore/sett.</source>
        <translation>Hrs/wk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorni al primo lavoro</source>
        <translation>Days to first job</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Si calcola quando il percorso è chiuso e c&apos;è un esito di lavoro.</source>
        <translation>Calculated when the pathway is closed and there is a job outcome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il primo lavoro dopo il percorso è un altro esito: {days} giorni.</source>
        <translation>The first job after the pathway is another outcome: {days} days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giorni dalla fine del percorso all&apos;inizio del primo lavoro (0 se è cominciato prima).</source>
        <translation>Days from the end of the pathway to the start of the first job (0 if it started earlier).</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../gui/participant_page.py" line="-195"/>
        <source>Diario</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore e piano</source>
        <translation>Hours and plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ricerca lavoro</source>
        <translation>Job search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tirocini ed esiti</source>
        <translation>Internships and outcomes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cronologia</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun titolo</source>
        <translation>No qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenza elementare</source>
        <translation>Primary school certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licenza media</source>
        <translation>Lower secondary certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifica professionale</source>
        <translation>Vocational qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma</source>
        <translation>Upper secondary diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-diploma (IFTS/ITS)</source>
        <translation>Post-secondary (IFTS/ITS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laurea triennale</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laurea magistrale</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dottorato</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupato</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disoccupato</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inattivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studente</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In cassa integrazione</source>
        <translation>On wage guarantee fund (cassa integrazione)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NASpI</source>
        <translation>NASpI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIS-COLL</source>
        <translation>DIS-COLL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+736"/>
        <source>Centro per l&apos;impiego</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location line="-735"/>
        <source>Collocamento mirato</source>
        <translation>Targeted placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servizi sociali / Ambito</source>
        <translation>Social services / Ambito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UONPIA</source>
        <translation>UONPIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SerD</source>
        <translation>SerD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UEPE</source>
        <translation>UEPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informagiovani</source>
        <translation>Informagiovani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accesso spontaneo</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalido civile (&gt; 45%)</source>
        <translation>Civil disability (&gt; 45%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalido del lavoro (&gt; 33%)</source>
        <translation>Work-related disability (&gt; 33%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non vedente</source>
        <translation>Blind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sordo</source>
        <translation>Deaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalido di guerra o per servizio</source>
        <translation>War or service disability</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categoria protetta (art. 18)</source>
        <translation>Protected category (art. 18)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabilità (L. 68/99)</source>
        <translation>Disability (Law 68/99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spettro autistico</source>
        <translation>Autism spectrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famiglia vulnerabile</source>
        <translation>Vulnerable family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giovane 19–39 anni</source>
        <translation>Young person aged 19–39</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cittadino di paese terzo</source>
        <translation>Third-country national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La persona</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il tutore</source>
        <translation>The guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;amministratore di sostegno</source>
        <translation>The support administrator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accoglienza</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colloquio specialistico</source>
        <translation>Specialist interview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definizione del percorso</source>
        <translation>Pathway planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilancio di competenze</source>
        <translation>Skills assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientamento</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formazione</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutoraggio tirocinio</source>
        <translation>Internship tutoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scouting aziendale</source>
        <translation>Company scouting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incrocio domanda/offerta</source>
        <translation>Job matching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompagnamento al lavoro</source>
        <translation>Job placement support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling individuale</source>
        <translation>Individual counselling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ricerca attiva del lavoro</source>
        <translation>Active job search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attivazione della rete di sostegno</source>
        <translation>Activating the support network</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificazione delle competenze</source>
        <translation>Skills certification</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Scheda del partecipante</source>
        <translation>Participant record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Anagrafica</source>
        <translation>Person&amp;al details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsensi</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percorsi</source>
        <translation>&amp;Pathways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prossimi appunta&amp;menti</source>
        <translation>Upco&amp;ming appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Tab e Ctrl+PagGiù: scheda successiva; Ctrl+Maiusc+Tab: precedente</source>
        <translation>Ctrl+Tab and Ctrl+PgDown: next tab; Ctrl+Shift+Tab: previous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salva l&apos;anagrafica (Invio o Ctrl+S)</source>
        <translation>Save the personal details (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hiudi</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiude la scheda (Esc)</source>
        <translation>Closes the record (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diritto di accesso…</source>
        <translation>Right of access…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scrive in una cartella tutto ciò che si conserva di questa persona: un PDF leggibile e un file JSON (art. 15 GDPR)</source>
        <translation>Writes into a folder everything kept about this person: a readable PDF and a JSON file (art. 15 GDPR)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Limita il trattamento…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La persona ha chiesto la cancellazione ma i dati vanno ancora conservati: sparisce da elenchi e ricerche e resta per i controlli dei finanziatori</source>
        <translation>The person asked for erasure but the data must still be kept: they leave lists and searches and stay for the funders&apos; checks</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Identità</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 caratteri, o 11 cifre se provvisorio</source>
        <translation>16 characters, or 11 digits if temporary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codice &amp;fiscale:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cognome:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sesso:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data di nasci&amp;ta:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comune di nascita:</source>
        <translation>Place of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ittadinanza:</source>
        <translation>Citi&amp;zenship:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scadenza del permesso di soggiorno</source>
        <translation>Residence permit expiry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scadenza del permesso:</source>
        <translation>Permit expires:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contatti e residenza</source>
        <translation>Contacts and residence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;elefono:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emai&amp;l:</source>
        <translation>Ema&amp;il:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In&amp;dirizzo:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirizzo di residenza</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAP:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comune di &amp;residenza:</source>
        <translation>Municipality of &amp;residence:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune di residenza</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domicilio, se diverso:</source>
        <translation>Domicile, if different:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domicilio</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gruppi target</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Studio e lavoro</source>
        <translation>Education and work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titolo di st&amp;udio:</source>
        <translation>Edu&amp;cation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condizione occupazionale</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condi&amp;zione:</source>
        <translation>Employment stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data della DID</source>
        <translation>DID date (declaration of availability)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data della DID:</source>
        <translation>DID date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sostegno al reddito</source>
        <translation>Income support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sostegno al reddito:</source>
        <translation>Income support:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servizio inviante</source>
        <translation>Referring service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vizio inviante:</source>
        <translation>Re&amp;ferring service:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+810"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="-809"/>
        <source>Sportello:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Legge 68/99 (collocamento mirato)</source>
        <translation>Law 68/99 (targeted placement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iscritto al collocamento mirato</source>
        <translation>Registered for targeted placement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data di iscrizione</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iscritto dal:</source>
        <translation>Registered since:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Centro per l&apos;impiego:</source>
        <translation>Job centre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Percentuale di invalidità:</source>
        <translation>Disability percentage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentuale di invalidità</source>
        <translation>Disability percentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categoria L. 68/99</source>
        <translation>Law 68/99 category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;goria:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo percentuale e categoria: mai la diagnosi.</source>
        <translation>Only percentage and category: never the diagnosis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disponibilità e accessibilità</source>
        <translation>Availability and accessibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patente di guida</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mezzo proprio</source>
        <translation>Own vehicle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note sulla disponibilità</source>
        <translation>Notes on availability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disponi&amp;bilità:</source>
        <translation>A&amp;vailability:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esigenze di accessibilità</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accessibilità:</source>
        <translation>Accessibility:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Manca un&apos;informativa privacy firmata (o è stata revocata): finché non viene registrata, nella scheda «Consensi» (Alt+O), si possono annotare solo l&apos;anagrafica e il primo appuntamento; non si apre un percorso.</source>
        <translation>There is no signed privacy notice (or it has been withdrawn): until one is recorded, in the ‘Consents’ tab (Alt+O), only the personal details and the first appointment can be noted; no pathway can be opened.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consenso mancante</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informative firmate</source>
        <translation>Signed privacy notices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informative &amp;firmate:</source>
        <translation>&amp;Signed notices:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data della revoca</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoca in &amp;data:</source>
        <translation>Withdrawal &amp;date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voca la selezionata</source>
        <translation>&amp;Withdraw the selected one</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registra informativa firmata</source>
        <translation>Record a signed privacy notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmata il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmata i&amp;l:</source>
        <translation>Si&amp;gned on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versione dell&apos;informativa</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>come stampata in calce, per esempio 2026.1</source>
        <translation>as printed at the foot, for example 2026.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;ersione:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trattamento di dati sensibili (art. 9 GDPR)</source>
        <translation>Processing of sensitive data (art. 9 GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contatti per aggiornamenti e offerte</source>
        <translation>Contact for updates and offers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comunicazione all&apos;ente inviante</source>
        <translation>Sharing with the referring body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comunicazione alle aziende</source>
        <translation>Sharing with companies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chi firma</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chi firma:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nome di chi firma</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nome di chi firma:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registra informativa firmata</source>
        <translation>&amp;Record signed notice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Percorsi e piano</source>
        <translation>Pathways and plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programma / servizio</source>
        <translation>Programme / service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodo</source>
        <translation>Period</translation>
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
        <location line="+11"/>
        <source>Percorsi con il piano e le ore &amp;erogate:</source>
        <translation>Pathways with the plan and hours d&amp;elivered:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nessun percorso: «Apri percorso…» ne apre uno.</source>
        <translation>No pathways: ‘Open pathway…’ opens one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apri per&amp;corso…</source>
        <translation>Open path&amp;way…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cambia &amp;tutor…</source>
        <translation>Change &amp;tutor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sospendi / Chiudi…</source>
        <translation>&amp;Suspend / Close…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collo&amp;quio di presa in carico…</source>
        <translation>&amp;Intake interview…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registra il colloquio iniziale come primo servizio del percorso</source>
        <translation>Record the initial interview as the first service of the pathway</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Prossimi appuntamenti</source>
        <translation>Upcoming appointments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun appuntamento in programma: si prenotano dall&apos;Agenda.</source>
        <translation>No appointments scheduled: they are booked from the Agenda.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>— nessuno —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Nuova persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensi, percorsi e appuntamenti si aggiungono dopo aver salvato.</source>
        <translation>Consents, pathways and appointments can be added after saving.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partecipante: {name}</source>
        <translation>Participant: {name}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tutor nel tempo:</source>
        <translation>Tutors over time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dal {day}: {name}</source>
        <translation>from {day}: {name}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>data di nascita</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sesso</source>
        <translation>sex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comune di nascita</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dal codice fiscale: {fields}.</source>
        <translation>From the tax code: {fields}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Salvato.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attenzione: in anagrafica ci sono già persone con lo stesso nome e la stessa data di nascita. Controllate che non sia la stessa persona; per registrarla comunque premete di nuovo «Salva».</source>
        <translation>Warning: there are already people registered with the same name and date of birth. Check that this is not the same person; to register them anyway press ‘Save’ again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apri {name} ({code}), nato/a il {born}</source>
        <translation>Open {name} ({code}), born on {born}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Informativa registrata.</source>
        <translation>Privacy notice recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scegliete nell&apos;elenco l&apos;informativa da revocare.</source>
        <translation>Choose the privacy notice to withdraw from the list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consenso revocato.</source>
        <translation>Consent withdrawn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Solo coordinatori e amministratori gestiscono i percorsi.</source>
        <translation>Only coordinators and administrators manage pathways.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Non c&apos;è ancora nessun programma: si crea in Amministrazione.</source>
        <translation>There are no programmes yet: create one in Administration.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Colloquio di presa in carico di {name}</source>
        <translation>Intake interview of {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>L&apos;anagrafica ha modifiche non salvate. Chiudere la scheda senza salvarle?</source>
        <translation>The personal details have unsaved changes. Close the record without saving them?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In quale cartella scrivere i dati della persona?</source>
        <translation>Which folder should the person&apos;s data go into?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limita il trattamento</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La persona non comparirà più negli elenchi e nelle ricerche; i suoi dati restano per i controlli dei finanziatori fino alla fine della conservazione. Un coordinatore può togliere la limitazione in Amministrazione › Riservatezza. Perché si limita?</source>
        <translation>The person will no longer appear in lists and searches; their data stay for the funders&apos; checks until the end of retention. A coordinator can lift the restriction in Administration › Privacy. Why restrict?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Limita</source>
        <translation>Re&amp;strict</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trattamento limitato</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: trattamento limitato. La persona non compare più negli elenchi.</source>
        <translation>{code}: processing restricted. The person no longer appears in lists.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diritto di accesso</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I dati della persona (dati.pdf e dati.json) sono in {folder}.</source>
        <translation>The person&apos;s data (dati.pdf and dati.json) are in {folder}.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+240"/>
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
        <location filename="../../gui/sections/participants.py" line="+77"/>
        <location line="+117"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-112"/>
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
        <source>Tutti i tutor</source>
        <translation>All tutors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutti i programmi</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutti i gruppi</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sportello</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Sportello:</source>
        <translation>&amp;Desk:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Numero di partecipanti trovati</source>
        <translation>Number of participants found</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elenco dei partecipanti</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Tutti gli sportelli</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le persone assegnate a questo sportello</source>
        <translation>The people assigned to this desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le persone con un percorso seguito da questo tutor</source>
        <translation>The people with a pathway followed by this tutor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programma:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le persone con un percorso in questo programma</source>
        <translation>The people with a pathway in this programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stato del perc&amp;orso:</source>
        <translation>Pathway stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato del percorso</source>
        <translation>Pathway status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le persone con un percorso in questo stato; con tutor o programma, lo stesso percorso</source>
        <translation>The people with a pathway in this status; with a tutor or programme, the same pathway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gruppo target:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gruppo target</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le persone di questo gruppo target</source>
        <translation>The people in this target group</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;zzera filtri</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azzera filtri</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torna a «Tutti…» in ogni filtro</source>
        <translation>Goes back to ‘All…’ in every filter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nuova persona…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registra una nuova persona (Ctrl+Shift+N)</source>
        <translation>Register a new person (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;mporta…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importa partecipanti</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importa persone da un foglio di calcolo (CSV o XLSX), con anteprima</source>
        <translation>Import people from a spreadsheet (CSV or XLSX), with a preview</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>1 partecipante trovato</source>
        <translation>1 participant found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} partecipanti trovati</source>
        <translation>{n} participants found</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Controllate l&apos;ortografia, provate con il solo cognome o con le prime lettere del codice fiscale, oppure azzerate i filtri (Alt+Z).</source>
        <translation>Check the spelling, try the surname alone or the first letters of the tax code, or clear the filters (Alt+C).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Controllate l&apos;ortografia, provate con il solo cognome o con le prime lettere del codice fiscale.</source>
        <translation>Check the spelling, try the surname alone or the first letters of the tax code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun partecipante corrisponde ai filtri scelti.</source>
        <translation>No participants match the chosen filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premete «Azzera filtri» (Alt+Z) per vedere l&apos;intera anagrafica.</source>
        <translation>Press ‘Clear filters’ (Alt+C) to see the whole register.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I partecipanti si importano da un foglio di calcolo (CSV o XLSX) con il pulsante «Importa…» (Alt+M); per fare pratica potete caricare i dati dimostrativi con «sportello demo».</source>
        <translation>Participants are imported from a spreadsheet (CSV or XLSX) with the ‘Import…’ button (Alt+M); to practise you can load the demo data with ‘sportello demo’.</translation>
    </message>
    <message>
        <location line="-5"/>
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
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../gui/passphrase_dialog.py" line="+43"/>
        <source>Database cifrato</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase del database</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il database {path} è cifrato. Scrivete la passphrase scelta quando è stato cifrato.</source>
        <translation>The database {path} is encrypted. Type the passphrase chosen when it was encrypted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errore della passphrase</source>
        <translation>Passphrase error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mostra la passphrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Esci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scrivete la passphrase, oppure Esci.</source>
        <translation>Type the passphrase, or Exit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase errata: controllate maiuscole, minuscole e spazi e riprovate. Il database non è stato modificato.</source>
        <translation>Wrong passphrase: check capitals, small letters and spaces and try again. The database was not changed.</translation>
    </message>
</context>
<context>
    <name>PathwayDialog</name>
    <message>
        <location filename="../../gui/participant_page.py" line="-1249"/>
        <source>Apri percorso</source>
        <translation>Open pathway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Programma:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsabile del caso</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsabile del caso:</source>
        <translation>Case &amp;manager:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine prevista</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fine prevista:</source>
        <translation>Planned &amp;end:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piano individuale: ore per servizio (0 = non previsto)</source>
        <translation>Individual plan: hours per service (0 = not planned)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ore di {service}</source>
        <translation>Hours of {service}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le ore oltre il massimo che il programma finanzia per un servizio sono segnalate al salvataggio.</source>
        <translation>Hours beyond the cap the programme funds for a service are flagged when saving.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apri il percorso</source>
        <translation>Open the pathway</translation>
    </message>
</context>
<context>
    <name>PathwayTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="-431"/>
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
        <location filename="../../gui/sections/pathways.py" line="+37"/>
        <location line="+56"/>
        <source>Percorsi</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+21"/>
        <source>Elenco dei percorsi</source>
        <translation>List of pathways</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corsi di gruppo</source>
        <translation>Group courses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidature da seguire</source>
        <translation>Applications to follow up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab: scheda successiva</source>
        <translation>Ctrl+Tab: next tab</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Tutti i programmi</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="+78"/>
        <source>Anteprima non disponibile: il PDF è stato salvato in {path}.</source>
        <translation>Preview not available: the PDF has been saved to {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apri</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Pagine del documento</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀ P&amp;recedente</source>
        <translation>◀ Pre&amp;vious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina precedente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina precedente (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;uccessiva ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina successiva</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina successiva (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riduci</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riduci (Ctrl+meno)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingrandimento</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingrandisci</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingrandisci (Ctrl+più)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adatta alla larghezza</source>
        <translation>&amp;Fit to width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adatta alla larghezza</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La pagina occupa tutta la larghezza (Ctrl+0)</source>
        <translation>The page fills the whole width (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tampa…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Salva come…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salva come</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Il documento non si può leggere.</source>
        <translation>The document cannot be read.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>pagina {page} di {total}</source>
        <translation>page {page} of {total}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stampa {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stampa non riuscita</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La stampante non ha accettato il documento.</source>
        <translation>The printer did not accept the document.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Salva {title} in PDF</source>
        <translation>Save {title} as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF non salvato</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il PDF non è stato salvato in {path}: {reason}</source>
        <translation>The PDF was not saved to {path}: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF salvato</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il documento è salvato in {path}.</source>
        <translation>The document has been saved to {path}.</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../../gui/placements_tab.py" line="+486"/>
        <source>Tirocini ed esiti</source>
        <translation>Internships and outcomes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiro&amp;cini:</source>
        <translation>&amp;Internships:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuo&amp;vo tirocinio…</source>
        <translation>New i&amp;nternship…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;roga…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chiudi &amp;tirocinio…</source>
        <translation>&amp;Close internship…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Esiti</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;siti:</source>
        <translation>Outcome&amp;s:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;uovo esito…</source>
        <translation>New o&amp;utcome…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modi&amp;fica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;limina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nessun tirocinio.</source>
        <translation>No internships.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«Nuovo tirocinio…» ne registra uno con l&apos;azienda ospitante.</source>
        <translation>“New internship…” records one with the host company.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nessun esito.</source>
        <translation>No outcomes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«Nuovo esito…» registra un contratto, un rientro in formazione o nessun esito; chiudendo un tirocinio trasformato si registra il contratto.</source>
        <translation>“New outcome…” records a contract, a return to education or training, or no outcome; closing a converted internship records the contract.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Solo tutor, coordinatori e amministratori.</source>
        <translation>Only tutors, coordinators and administrators.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Eliminare l&apos;esito?</source>
        <translation>Delete the outcome?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminare l&apos;esito «{what}» del {day}?</source>
        <translation>Delete the outcome “{what}” from {day}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../gui/privacy_view.py" line="+156"/>
        <source>Riservatezza</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persone con trattamento limitato</source>
        <translation>People with restricted processing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Togli la limitazione…</source>
        <translation>&amp;Lift the restriction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togli la limitazione alla persona scelta</source>
        <translation>Lift the chosen person&apos;s restriction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trattamento limitato</source>
        <translation>Restricted processing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi ha chiesto la cancellazione mentre i dati vanno ancora conservati: non compare negli elenchi né nelle ricerche, resta per i controlli dei finanziatori. Si limita dalla scheda della persona.</source>
        <translation>People who asked for erasure while their data must still be kept: they do not appear in lists or searches and stay for the funders&apos; checks. Processing is restricted from the person&apos;s page.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Persone oltre la conservazione</source>
        <translation>People past retention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;nonimizza ora…</source>
        <translation>A&amp;nonymise now…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonimizza le persone oltre la conservazione</source>
        <translation>Anonymise the people past retention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conservazione dei dati</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi ha superato gli anni di conservazione del suo programma. Anonimizzare toglie nome, codice fiscale, contatti e testi liberi e tiene i numeri, così i rendiconti passati tornano; prima si fa un backup.</source>
        <translation>People past their programme&apos;s retention years. Anonymising removes name, tax code, contacts and free text and keeps the figures, so past reports still add up; a backup is taken first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Esito</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nessuna persona ha il trattamento limitato.</source>
        <translation>Nobody has restricted processing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La conservazione dei dati è gestita dall&apos;amministratore.</source>
        <translation>Data retention is managed by the administrator.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nessuna persona ha superato il periodo di conservazione.</source>
        <translation>Nobody is past the retention period.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scegliete prima una persona dall&apos;elenco.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Togli la limitazione</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({code}) tornerà visibile negli elenchi e nelle ricerche. Perché?</source>
        <translation>{name} ({code}) will be visible again in lists and searches. Why?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Togli la limitazione</source>
        <translation>&amp;Lift the restriction</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code}: limitazione tolta.</source>
        <translation>{code}: restriction lifted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>una persona</source>
        <translation>one person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} persone</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonimizza</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonimizzare {who}? Nome, codice fiscale, contatti e testi liberi saranno tolti per sempre; prima viene fatto un backup.</source>
        <translation>Anonymise {who}? Name, tax code, contacts and free text will be removed for good; a backup is taken first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;nonimizza</source>
        <translation>A&amp;nonymise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 persona anonimizzata.</source>
        <translation>1 person anonymised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} persone anonimizzate.</source>
        <translation>{count} people anonymised.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup fatto prima: {path}</source>
        <translation>Backup taken first: {path}</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../gui/import_wizard.py" line="-810"/>
        <source>Riga</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../gui/programme_editor.py" line="+32"/>
        <source>Nuovo programma</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programma {code}</source>
        <translation>Programme {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+157"/>
        <source>Codice programma</source>
        <translation>Programme code</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>GOL-2026</source>
        <translation>GOL-2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+138"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Garanzia Occupabilità dei Lavoratori</source>
        <translation>Garanzia Occupabilità dei Lavoratori</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Ente finanziatore</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Regione Lombardia</source>
        <translation>Regione Lombardia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codice avviso</source>
        <translation>Call code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>Data di inizio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>Data di fine</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>gg/mm/aaaa, vuota se senza scadenza</source>
        <translation>dd/mm/yyyy, empty if open-ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ore per partecipante</source>
        <translation>Hours per participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Euro per partecipante</source>
        <translation>Euros per participant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anni di conservazione dei dati</source>
        <translation>Years the data are kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> anni</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>&amp;Ente finanziatore:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice &amp;avviso:</source>
        <translation>C&amp;all code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di &amp;inizio:</source>
        <translation>S&amp;tart date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data di &amp;fine:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ore per partecipante:</source>
        <translation>&amp;Hours per participant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;uro per partecipante:</source>
        <translation>E&amp;uros per participant:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conser&amp;vazione dei dati:</source>
        <translation>Data &amp;retention:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per quanti anni dalla chiusura del percorso si conservano i dati: di norma 5; per i programmi rivolti a persone con disabilità si suggeriscono 10.</source>
        <translation>For how many years after the pathway closes the data are kept: usually 5; for programmes for people with disabilities 10 is suggested.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Massimali di ore per partecipante</source>
        <translation>Hour ca&amp;ps per participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vuoto o 0: nessun massimale per quel servizio.</source>
        <translation>Empty or 0: no cap for that service.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Crea il programma</source>
        <translation>&amp;Create the programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Il codice di un programma non si cambia.</source>
        <translation>A programme&apos;s code cannot be changed.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{service}: {hours} ore</source>
        <translation>{service}: {hours} hours</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../gui/models.py" line="+198"/>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../gui/privacy_view.py" line="-260"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per esempio: richiesta scritta dell&apos;interessato del 12/03/2026, prot. 45</source>
        <translation>For example: written request of the data subject dated 12/03/2026, ref. 45</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Motivo (resta nel registro degli accessi):</source>
        <translation>&amp;Reason (kept in the access log):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Motivo: va scritto, resta nel registro.</source>
        <translation>Reason: must be written, it is kept in the log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Motivo: al massimo {limit} caratteri.</source>
        <translation>Reason: at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>RegisterDelegate</name>
    <message>
        <location filename="../../gui/courses_view.py" line="+395"/>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minuti</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location line="-97"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minuti</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore al percorso</source>
        <translation>Hours to pathway</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— da indicare</source>
        <translation>— to be entered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nessun percorso aperto</source>
        <translation>no open pathway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h registrate</source>
        <translation>{hours} h recorded</translation>
    </message>
</context>
<context>
    <name>RegisterTableView</name>
    <message>
        <location line="+100"/>
        <source>Registro presenze</source>
        <translation>Attendance register</translation>
    </message>
</context>
<context>
    <name>RegistryFilters</name>
    <message>
        <location filename="../../gui/registry_filters.py" line="+28"/>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spettro autistico</source>
        <translation>Autism spectrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famiglia fragile</source>
        <translation>Vulnerable family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giovani</source>
        <translation>Young people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cittadini di paesi terzi</source>
        <translation>Third-country nationals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../gui/password_dialog.py" line="+44"/>
        <location line="+1"/>
        <source>Reimposta password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nuova password per {name} ({username}). Comunicatela di persona: al prossimo accesso dovrà sceglierne una sua. Se l&apos;utente era bloccato per troppi tentativi errati, potrà entrare subito.</source>
        <translation>New password for {name} ({username}). Tell them in person: at their next sign-in they will choose their own. If the user was waiting after too many wrong attempts, they can sign in at once.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reimposta</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>RestrictedTableModel</name>
    <message>
        <location filename="../../gui/privacy_view.py" line="+12"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <location line="+10"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmi</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservazione fino al</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitato</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>SessionApplicationsModel</name>
    <message>
        <location filename="../../gui/jobsearch_tab.py" line="+36"/>
        <source>Azienda</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mansione</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../gui/courses_view.py" line="-391"/>
        <source>Ripeti ogni settimana — {code}</source>
        <translation>Repeat weekly — {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifica incontro — {code}</source>
        <translation>Edit session — {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuovo incontro — {code}</source>
        <translation>New session — {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Primo incontro:</source>
        <translation>&amp;First session:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Giorno:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quanti incontri</source>
        <translation>How many sessions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quanti incontri:</source>
        <translation>How &amp;many sessions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogni quante settimane</source>
        <translation>How often, in weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> settimana/e</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;gni:</source>
        <translation>E&amp;very:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Inizio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fine:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Luogo:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operatore:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gli incontri cadono nello stesso giorno della settimana.</source>
        <translation>The sessions fall on the same day of the week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crea gli incontri</source>
        <translation>Create the sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salva l&apos;incontro</source>
        <translation>Save session</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../gui/lock_screen.py" line="+113"/>
        <source>Sportello bloccato</source>
        <translation>Sportello locked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sportello (bloccato)</source>
        <translation>Sportello (locked)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../gui/courses_view.py" line="+113"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno</source>
        <translation>Day</translation>
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
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luogo</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registro</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in programma</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>da compilare</source>
        <translation>to be filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{present} presenti su {recorded}</source>
        <translation>{present} present out of {recorded}</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location line="-89"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iscritto dal</source>
        <translation>Enrolled since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75%</source>
        <translation>75%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore fatte</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore previste</source>
        <translation>Hours planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superato</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non superato</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} minuti frequentati su {due} previsti</source>
        <translation>{done} minutes attended out of {due} planned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incontri già svolti dalla data di iscrizione</source>
        <translation>Sessions already held since the enrolment date</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../gui/sign_in.py" line="+31"/>
        <source>Sportello — accesso</source>
        <translation>Sportello — sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accesso a Sportello</source>
        <translation>Sign in to Sportello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entrate in Sportello</source>
        <translation>Sign in to Sportello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nome &amp;utente:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accesso rifiutato</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>&amp;Entra</source>
        <translation>Sign &amp;In</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>E&amp;sci</source>
        <translation>E&amp;xit</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../gui/participant_page.py" line="+102"/>
        <source>Sospendi o chiudi il percorso</source>
        <translation>Suspend or close the pathway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuovo stato</source>
        <translation>New status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nuovo stato:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiuso il</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chiuso il:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— nessun esito da registrare —</source>
        <translation>— no outcome to record —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contratto a tempo determinato</source>
        <translation>Fixed-term contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contratto a tempo indeterminato</source>
        <translation>Permanent contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprendistato</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somministrazione</source>
        <translation>Agency work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirocinio</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lavoro autonomo</source>
        <translation>Self-employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rientro in formazione</source>
        <translation>Return to education or training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nessun esito occupazionale</source>
        <translation>No employment outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Esito:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datore di lavoro</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datore di lavoro:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mansione</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mans&amp;ione:</source>
        <translation>Job t&amp;itle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ore settimanali</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ore a settimana:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durata in mesi</source>
        <translation>Duration in months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durata in me&amp;si:</source>
        <translation>Duration in &amp;months:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motivo, data ed esito servono per chiudere il percorso; con esito positivo l&apos;esito è obbligatorio (con il datore di lavoro, se è un contratto).</source>
        <translation>Reason, date and outcome are needed to close the pathway; with a positive result the outcome is required (with the employer, if it is a contract).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cambia stato</source>
        <translation>Change status</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../gui/timeline_tab.py" line="+40"/>
        <source>Appuntamenti</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ore di servizio</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenze ai corsi</source>
        <translation>Course attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ricerca attiva</source>
        <translation>Active search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidature</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esiti</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percorsi</source>
        <translation>Pathways</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Apertura del percorso {programme}</source>
        <translation>{programme} pathway opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chiusura del percorso {programme}</source>
        <translation>{programme} pathway closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[riservata] </source>
        <translation>[confidential] </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corso «{title}», edizione {edition}</source>
        <translation>Course “{title}”, edition {edition}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessione di ricerca attiva</source>
        <translation>Active search session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CV aggiornato</source>
        <translation>CV updated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidatura: {what} ({channel})</source>
        <translation>Application: {what} ({channel})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tirocinio {type} presso {company}</source>
        <translation>{type} internship at {company}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Esito: {what}</source>
        <translation>Outcome: {what}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durata</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cronologia del partecipante</source>
        <translation>Participant timeline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dal giorno</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Al giorno</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Da&amp;l:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tutto</source>
        <translation>Show &amp;everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostra ogni tipo e ogni periodo</source>
        <translation>Show every type and every period</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cronologia</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Date non valide: scrivetele come 31/12/2026.</source>
        <translation>Invalid dates: write them as 31/12/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Il periodo finisce prima di cominciare.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 voce</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} voci</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scegliete almeno un tipo da mostrare.</source>
        <translation>Choose at least one type to show.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niente in questo periodo.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allargate il periodo o premete «Tutto».</source>
        <translation>Widen the period or press “All”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non c&apos;è ancora niente nella cronologia.</source>
        <translation>There is nothing in the timeline yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui compariranno, dal più recente, appuntamenti, note, ore di servizio, presenze ai corsi, candidature, tirocini ed esiti.</source>
        <translation>Appointments, notes, service hours, course attendance, applications, internships and outcomes will appear here, most recent first.</translation>
    </message>
</context>
<context>
    <name>TutorApplicationsTableModel</name>
    <message>
        <location filename="../../gui/applications_view.py" line="+48"/>
        <source>Da richiamare il</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azienda</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mansione</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canale</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviata il</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} (scaduto)</source>
        <translation>{day} (overdue)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} ({code}): Invio apre la scheda</source>
        <translation>{name} ({code}): Enter opens the page</translation>
    </message>
</context>
<context>
    <name>TutorApplicationsView</name>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Candidature dei miei partecipanti</source>
        <translation>My participants&apos; applications</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Solo da seguire entro 7 &amp;giorni</source>
        <translation>Only follow-ups due within 7 &amp;days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo da seguire entro 7 giorni</source>
        <translation>Only follow-ups due within 7 days</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Candidature:</source>
        <translation>&amp;Applications:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} candidature</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 candidatura</source>
        <translation>1 application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 richiamo scaduto</source>
        <translation>1 overdue follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} richiami scaduti</source>
        <translation>{n} overdue follow-ups</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nessun richiamo nei prossimi 7 giorni.
Togliete «Solo da seguire entro 7 giorni» (Alt+G) per vedere tutte le candidature.</source>
        <translation>No follow-ups in the next 7 days.
Untick “Only follow-ups due within 7 days” (Alt+D) to see all applications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessuna candidatura per le persone che seguite.
Le candidature si registrano dalla scheda della persona, «Ricerca lavoro»; qui compaiono quelle delle persone con un percorso aperto di cui siete tutor.</source>
        <translation>No applications for the people you follow.
Applications are recorded from the person&apos;s page, under “Job search”; this list shows those of people with an open pathway for which you are the tutor.</translation>
    </message>
</context>
<context>
    <name>TutorDialog</name>
    <message>
        <location filename="../../gui/participant_page.py" line="-96"/>
        <location line="+10"/>
        <source>Cambia tutor</source>
        <translation>Change tutor</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nuovo tutor</source>
        <translation>New tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nuovo tutor:</source>
        <translation>&amp;New tutor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../../gui/user_editor.py" line="+40"/>
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
        <location line="+61"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <location line="+3"/>
        <source>Password iniziale</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conferma della password iniziale</source>
        <translation>Initial password confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;utente la &amp;cambia al primo accesso</source>
        <translation>The user c&amp;hanges it at first sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambio della password al primo accesso</source>
        <translation>Password change at first sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>&amp;Password iniziale:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ipetetela:</source>
        <translation>Repea&amp;t it:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Il nome utente è quello con cui la persona apre il programma: lettere minuscole, cifre, punti o trattini, senza spazi (per esempio m.rossi). La password: almeno {n} caratteri, diversa dal nome utente; comunicatela di persona.</source>
        <translation>The username is what the person signs in with: small letters, digits, dots or hyphens, no spaces (for example m.rossi). The password: at least {n} characters, not the username; tell it to them in person.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/diary_tab.py" line="+103"/>
        <source>Versioni precedenti della nota del {day}</source>
        <translation>Previous versions of the note from {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versioni precedenti</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testo attuale: {text}</source>
        <translation>Current text: {text}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../gui/week_view.py" line="+541"/>
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
        <location line="+128"/>
        <source>Tutti gli operatori</source>
        <translation>All operators</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Ope&amp;ratore:</source>
        <translation>Ope&amp;rator:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ svolto · ✗ non presentato · ⊘ annullato · ↷ spostato · bordo spesso: confermato · in grigio: sportello chiuso</source>
        <translation>✓ done · ✗ no-show · ⊘ cancelled · ↷ moved · thick border: confirmed · grey: desk closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Griglia della settimana</source>
        <translation>Week grid</translation>
    </message>
    <message>
        <location line="+133"/>
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
    <name>_Cover</name>
    <message>
        <location filename="../../gui/lock_screen.py" line="-83"/>
        <source>Sportello è bloccato</source>
        <translation>Sportello is locked</translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <location filename="../../gui/password_dialog.py" line="-168"/>
        <location line="+44"/>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Conferma della nuova password</source>
        <translation>New password confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nuova password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ripetetela:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Almeno {n} caratteri, diversa dal nome utente. Una frase di alcune parole è facile da ricordare e difficile da indovinare.</source>
        <translation>At least {n} characters, not the username. A phrase of a few words is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="+82"/>
        <source>Database non disponibile</source>
        <translation>Database not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sportello non può partire</source>
        <translation>Sportello cannot start</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>La passphrase in SPORTELLO_KEY è errata: scrivete quella giusta.</source>
        <translation>The passphrase in SPORTELLO_KEY is wrong: type the right one.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../gui/courses_view.py" line="-300"/>
        <location filename="../../gui/jobsearch_tab.py" line="-535"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/jobsearch_tab.py" line="-2"/>
        <source>Salva</source>
        <translation>Save</translation>
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
    <message>
        <location line="+40"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gui/files.py" line="+96"/>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../gui/labels.py" line="+40"/>
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
        <location line="+193"/>
        <source>Orientamento</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+191"/>
        <source>Bilancio di competenze</source>
        <translation>Skills assessment</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+199"/>
        <source>Ricerca attiva del lavoro</source>
        <translation>Active job search</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Laboratorio di gruppo</source>
        <translation>Group workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Tutoraggio tirocinio</source>
        <translation>Internship tutoring</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Tutoraggio con l&apos;azienda</source>
        <translation>Tutoring with the company</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Visita in azienda</source>
        <translation>Company visit</translation>
    </message>
    <message>
        <location line="-99"/>
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
        <location line="+91"/>
        <source>In presenza</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+91"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+91"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="-87"/>
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
        <location line="+163"/>
        <source>Assente</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="-162"/>
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
    <message>
        <location line="+5"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Familiare</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azienda ospitante</source>
        <translation>Host company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servizio inviante</source>
        <translation>Referring service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altro professionista</source>
        <translation>Other professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Individuale</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di gruppo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portale di annunci</source>
        <translation>Job board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenzia per il lavoro</source>
        <translation>Employment agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidatura spontanea</source>
        <translation>Speculative application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centro per l&apos;impiego</source>
        <translation>Job Centre (CPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rete di conoscenze</source>
        <translation>Personal network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scouting del tutor</source>
        <translation>Tutor scouting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Da inviare</source>
        <translation>To send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviata</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colloquio</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prova</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respinta</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerta</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assunto</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritirata</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incontro</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulenza sulla normativa</source>
        <translation>Advice on regulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulenza sui processi</source>
        <translation>Advice on processes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consulenza sugli strumenti</source>
        <translation>Advice on tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro (meno di 10 addetti)</source>
        <translation>Micro (fewer than 10 staff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piccola (10-49)</source>
        <translation>Small (10-49)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media (50-249)</source>
        <translation>Medium (50-249)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grande (250 e oltre)</source>
        <translation>Large (250 or more)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extracurricolare</source>
        <translation>Extracurricular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di inclusione</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In corso</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concluso</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrotto</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trasformato in contratto</source>
        <translation>Converted into a contract</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Art. 14 (cooperativa sociale)</source>
        <translation>Art. 14 (social cooperative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 11</source>
        <translation>Art. 11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art. 12</source>
        <translation>Art. 12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tirocinio</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo determinato</source>
        <translation>Fixed-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo indeterminato</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprendistato</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somministrazione</source>
        <translation>Agency work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lavoro autonomo</source>
        <translation>Self-employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rientro in formazione</source>
        <translation>Return to education or training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assente giustificato</source>
        <translation>Absent (excused)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accoglienza</source>
        <translation>Initial reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colloquio specialistico</source>
        <translation>Specialist interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definizione del percorso</source>
        <translation>Pathway planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formazione</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scouting aziendale</source>
        <translation>Company scouting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incrocio domanda/offerta</source>
        <translation>Job matching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompagnamento al lavoro</source>
        <translation>Support into work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling individuale</source>
        <translation>Individual counselling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attivazione della rete di sostegno</source>
        <translation>Activating the support network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificazione delle competenze</source>
        <translation>Skills certification</translation>
    </message>
</context>
</TS>
