<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AdminSection</name>
    <message>
        <location filename="../../gui/sections/admin.py" line="+201"/>
        <location line="+30"/>
        <source>Amministrazione</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Sportelli</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+21"/>
        <source>Nessuno sportello configurato.</source>
        <translation>No desks set up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uno sportello si crea alla prima apertura di un database vuoto.</source>
        <translation>A desk is created the first time an empty database is opened.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nessun utente configurato.</source>
        <translation>No users set up.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../gui/sections/agenda.py" line="+44"/>
        <location line="+67"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-65"/>
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
        <location line="+12"/>
        <source>Giorno precedente</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno precedente (Alt+Sinistra)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno mostrato (gg/mm/aaaa)</source>
        <translation>Day shown (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giorno successivo</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giorno successivo (Alt+Destra)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Today</translation>
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
        <location line="+17"/>
        <source>Appuntamenti del giorno</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>1 appuntamento</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} appuntamenti</source>
        <translation>{n} appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nessun appuntamento per {day} allo sportello {desk}.</source>
        <translation>No appointments on {day} at the {desk} desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scegliete «Tutti gli sportelli» per vedere le altre sedi, oppure un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario.</source>
        <translation>Choose ‘All desks’ to see the other offices, or another day with the arrows (Alt+Left, Alt+Right) or the calendar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nessun appuntamento per {day}.</source>
        <translation>No appointments on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passate a un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario; «Oggi» torna alla giornata corrente. Gli appuntamenti prenotati compariranno qui.</source>
        <translation>Go to another day with the arrows (Alt+Left, Alt+Right) or the calendar; ‘Today’ goes back to the current day. Booked appointments will appear here.</translation>
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
        <location filename="../../gui/sections/admin.py" line="-208"/>
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
    <name>UserTableModel</name>
    <message>
        <location line="-49"/>
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
        <translation>Held</translation>
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
        <translation>Rescheduled</translation>
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
