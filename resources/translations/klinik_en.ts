<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../klinik_app/ui/help_dialogs.py" line="+175"/>
        <location line="+1"/>
        <source>Om Klinik</source>
        <translation>About Klinik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AbsenceStatsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/absence_stats_view.py" line="+69"/>
        <location line="+6"/>
        <source>Uteblivandestatistik</source>
        <translation>Absence statistics</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="+57"/>
        <source>Nytt konto</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ändra konto – {name}</source>
        <translation>Edit account – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollerna styr vad kontot får göra (se docs/permissions.md). Lämna lösenordet tomt för att behålla det nuvarande.</source>
        <translation>The roles decide what the account may do (see docs/permissions.md). Leave the password empty to keep the current one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yrkesroll:</source>
        <translation>Pro&amp;fession:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roll: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Roller:</source>
        <translation>R&amp;oles:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontot är &amp;aktivt</source>
        <translation>The account is &amp;active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lösenord (minst {min_length} tecken):</source>
        <translation>&amp;Password (at least {min_length} characters):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>The passwords do not match. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="+109"/>
        <source>Besluta åtgärder</source>
        <translation>Decide actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv vad som ska göras, vem som ansvarar och sista dag. Tomma rader tas inte med.</source>
        <translation>Write what is to be done, who is responsible and the last day. Empty rows are left out.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{mnemonic}Åtgärd {n}:</source>
        <translation>{mnemonic}Action {n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig {n}:</source>
        <translation>Responsible {n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista dag {n}:</source>
        <translation>Last day {n}:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location line="+35"/>
        <source>Registrera svar</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret från {other_party}.</source>
        <translation>The answer from {other_party}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret till {other_party} och dagen det lämnades (R-DV-2).</source>
        <translation>The answer to {other_party} and the day it was given (R-DV-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Svar:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mottaget den:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lämnat den:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="+76"/>
        <source>Svar på remiss</source>
        <translation>Referral answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar från {recipient} på remissen för {patient_name} ({specialty}).</source>
        <translation>Answer from {recipient} on the referral for {patient_name} ({specialty}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Svar &amp;mottaget:</source>
        <translation>Answer &amp;received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar mottaget</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Utfall:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj utfall</source>
        <translation>Choose outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera svaret</source>
        <translation>&amp;Record the answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_actions.py" line="+98"/>
        <source>{patient_name}: tiden {when} är nu överenskommen.</source>
        <translation>{patient_name}: the appointment {when} is now agreed.</translation>
    </message>
</context>
<context>
    <name>AppointmentBookView</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_book.py" line="+100"/>
        <location line="+89"/>
        <source>Tidbok</source>
        <translation>Appointment book</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Föregående dag (PgUp)</source>
        <translation>Previous day (PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gå till i dag (Ctrl+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa dag (PgDn)</source>
        <translation>Next day (PgDn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Da&amp;gvy</source>
        <translation>Da&amp;y view</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En dag</source>
        <translation>One day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;eckovy</source>
        <translation>W&amp;eek view</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En vecka (mån–fre, och helgdagar med tider)</source>
        <translation>One week (Mon–Fri, and weekend days with appointments)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per behandlare</source>
        <translation>By caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rum</source>
        <translation>By room</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tider utan &amp;utfall</source>
        <translation>No &amp;outcome yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passerade tider som ännu inte markerats: markera dem</source>
        <translation>Past appointments not yet marked: mark them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny tid… (Insert)</source>
        <translation>&amp;New appointment… (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boka en tid på vald plats (Insert, Ctrl+N)</source>
        <translation>Book an appointment at the chosen slot (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vä&amp;lj dag:</source>
        <translation>Choo&amp;se day:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kolumner:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>C&amp;aregiver:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Åtgärder för tiden</source>
        <translation>Appointment actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna tiden	Enter</source>
        <translation>Open the appointment	Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny tid här…	Insert</source>
        <translation>New appointment here…	Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekräfta överenskommelse…	B</source>
        <translation>Confirm agreement…	B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markera genomförd	{key}</source>
        <translation>Mark attended	{key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markera uteblev	{key}</source>
        <translation>Mark no-show	{key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avboka…	Delete</source>
        <translation>Cancel appointment…	Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlingar vid besöket…	T</source>
        <translation>Treatments at the visit…	T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppna patientkortet</source>
        <translation>Open the patient card</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Tider utan &amp;utfall ({n})</source>
        <translation>No &amp;outcome yet ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tider utan utfall: {n}</source>
        <translation>Appointments without outcome: {n}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{start:%Y-%m-%d %H:%M}, {title}: ledig. Insert bokar en tid här.</source>
        <translation>{start:%Y-%m-%d %H:%M}, {title}: free. Insert books an appointment here.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Föregående {unit} (PgUp)</source>
        <translation>Previous {unit} (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa {unit} (PgDn)</source>
        <translation>Next {unit} (PgDn)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Veckovyn visar en behandlare i taget: {name}. Byt under Behandlare (Alt+B).</source>
        <translation>The week view shows one caregiver at a time: {name}. Change it under Caregiver (Alt+B).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Tiden är {status} och kan inte avbokas.</source>
        <translation>The appointment is {status} and cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Behandlingar registreras på en genomförd tid. Markera tiden genomförd först (G).</source>
        <translation>Treatments are recorded on an attended appointment. Mark the appointment attended first (G).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behandlingar</source>
        <translation>Treatments</translation>
    </message>
</context>
<context>
    <name>AreaClinicsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/area_clinics_dialog.py" line="+44"/>
        <source>Områdesansvar för akut tandvård</source>
        <translation>Area responsibility for emergency dental care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När en akutpatient inte är listad någonstans betalar den områdesansvariga kliniken för patientens adress (R-EM-1). Ange kommun och vid behov början på postnumret; den mest precisa raden gäller.</source>
        <translation>When an emergency patient is not listed anywhere, the clinic with area responsibility for the patient&apos;s address pays (R-EM-1). Enter the municipality and, if needed, the start of the postcode; the most precise row applies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Områdesansvar</source>
        <translation>Area responsibility</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tomt = hela kommunen</source>
        <translation>empty = the whole municipality</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kommunkod:</source>
        <translation>&amp;Municipality code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer börjar på:</source>
        <translation>&amp;Postcode starts with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;HSA-id:</source>
        <translation>Clinic&apos;s &amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Clinic&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spara rad</source>
        <translation>&amp;Save row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Remove selected</translation>
    </message>
</context>
<context>
    <name>AuditReviewDialog</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="+586"/>
        <source>Åtkomstloggen visar vem som har läst eller ändrat patienters uppgifter (R-SE-2). Att granska loggen loggas också.</source>
        <translation>The access log shows who has read or changed patients&apos; details (R-SE-2). Reviewing the log is logged too.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Du kan kontrollera att loggen är oförändrad.</source>
        <translation> You can check that the log is unchanged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loggkontroll</source>
        <translation>Access log review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per &amp;patient</source>
        <translation>By &amp;patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla poster om en patient, och patientens loggutdrag</source>
        <translation>All entries about a patient, and the patient&apos;s log extract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per &amp;användare</source>
        <translation>By &amp;user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allt en användare har gjort</source>
        <translation>Everything a user has done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per p&amp;eriod</source>
        <translation>By p&amp;eriod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alla poster under en period</source>
        <translation>All entries during a period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Månadsgranskning</source>
        <translation>&amp;Monthly review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Månadens stickprov och kvittering</source>
        <translation>The month&apos;s sample and sign-off</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kontrollera loggen</source>
        <translation>Check &amp;the log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollera att ingen post i loggen har ändrats, tagits bort eller lagts till</source>
        <translation>Check that no entry in the log has been changed, removed or added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggens kontroll</source>
        <translation>Log check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollera loggen för att se att den är oförändrad, och dess sigill.</source>
        <translation>Check the log to see that it is unchanged, and its seal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+4"/>
        <source>Kontrollerar åtkomstloggen …</source>
        <translation>Checking the access log …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… och {more_anomalies} avvikelser till.</source>
        <translation>… and {more_anomalies} more anomalies.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loggen kunde inte kontrolleras.</source>
        <translation>The log could not be checked.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../klinik_app/ui/tasks.py" line="+140"/>
        <source>Klinik</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/backup.py" line="+20"/>
        <source>Klinik gör en kontrollerad kopia av databasen varje dag och när programmet avslutas. Välj gärna en mapp på en annan disk än databasen.</source>
        <translation>Klinik makes a checked copy of the database every day and when the program closes. Preferably choose a folder on another disk than the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backups (bredvid databasfilen)</source>
        <translation>backups (next to the database file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mapp för säkerhetskopior:</source>
        <translation>&amp;Folder for backups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bläddra efter mapp för säkerhetskopior</source>
        <translation>Browse for a folder for backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara kopior &amp;i minst:</source>
        <translation>Keep copies for &amp;at least:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alltid de s&amp;enaste:</source>
        <translation>Always keep the l&amp;atest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> kopiorna</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Äldre kopior tas bort automatiskt; andra filer i mappen rörs aldrig.</source>
        <translation>Older copies are removed automatically; other files in the folder are never touched.</translation>
    </message>
</context>
<context>
    <name>BookDelegate</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="+277"/>
        <source>Tolk: {language}</source>
        <translation>Interpreter: {language}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+ {count} till (dubbelbokad)</source>
        <translation>+ {count} more (double-booked)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="+195"/>
        <location line="+32"/>
        <source>Boka tid</source>
        <translation>Book appointment</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sök fram patienten och välj tid. Enter bokar, Esc avbryter.</source>
        <translation>Find the patient and choose a time. Enter books, Esc cancels.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök patient</source>
        <translation>Search patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Caregiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rum:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen &amp;med:</source>
        <translation>Agreed &amp;with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hur:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;olk (språk):</source>
        <translation>Interpreter (lan&amp;guage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomt: ingen tolk</source>
        <translation>Empty: no interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sök fram patienten med namn eller personnummer och välj i listan.</source>
        <translation>Search for the patient by name or personal identity number and choose in the list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: tid bokad {when} (överenskommen).</source>
        <translation>{name}: appointment booked {when} (agreed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: tid bokad {when} (endast föreslagen).</source>
        <translation>{name}: appointment booked {when} (proposed only).</translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="-78"/>
        <source>{slot_start:%H:%M} {title}: ledig</source>
        <translation>{slot_start:%H:%M} {title}: free</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Dubbelbokad med: </source>
        <translation>
Double-booked with: </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="+129"/>
        <source>Avboka tid</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem avbokar tiden? Tiden finns kvar i patientens tidslista (R-AB-1).</source>
        <translation>Who cancels the appointment? It stays in the patient&apos;s list of appointments (R-AB-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patienten (eller vårdnadshavaren) avbokar</source>
        <translation>The &amp;patient (or guardian) cancels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kliniken avbokar</source>
        <translation>The &amp;clinic cancels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avbokas av:</source>
        <translation>Cancelled by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Räknas som:</source>
        <translation>Counts as:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vboka</source>
        <translation>Cancel &amp;appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behåll tiden</source>
        <translation>Keep the appointment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: tiden {when} {status}.</source>
        <translation>{name}: appointment {when} {status}.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../klinik_app/ui/capacity_dialog.py" line="+118"/>
        <source>Arbetstider för revisioner</source>
        <translation>Working hours for revisions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (tandläkare)</source>
        <translation>{name} (dentist)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} (tandhygienist)</source>
        <translation>{name} (dental hygienist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Caregiver:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vecka (andel av tiden som går till revisioner)</source>
        <translation>Week (share of the time spent on revisions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbetar</source>
        <translation>Works</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisioner</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undantag (helgdagar räknas bort av sig själva)</source>
        <translation>Exceptions (public holidays are left out by themselves)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undantag</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slag av undantag</source>
        <translation>Kind of exception</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första dagen</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista dagen</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra dag, börjar</source>
        <translation>Extra day, starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra dag, slutar</source>
        <translation>Extra day, ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra dag, andel revisioner</source>
        <translation>Extra day, share of revisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lägg till undantag</source>
        <translation>&amp;Add exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ta bort markerat undantag</source>
        <translation>&amp;Remove selected exception</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sl&amp;ag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ill:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;örjar:</source>
        <translation>Star&amp;ts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;utar:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;visioner:</source>
        <translation>Re&amp;visions:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Det finns ingen aktiv tandläkare eller tandhygienist. Lägg in personalen först.</source>
        <translation>There is no active dentist or dental hygienist. Add the staff first.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tillagt: {exception}. Spara för att behålla det.</source>
        <translation>Added: {exception}. Save to keep it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Borttaget: {exception}. Spara för att behålla ändringen.</source>
        <translation>Removed: {exception}. Save to keep the change.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="+80"/>
        <source>← &amp;Tillbaka till listan (Esc)</source>
        <translation>← &amp;Back to the list (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka till listan</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka till patientlistan (Esc). Sökningen finns kvar.</source>
        <translation>Back to the patient list (Esc). The search is kept.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="+105"/>
        <source>Byt lösenord</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byt lösenord för {name}.</source>
        <translation>Change the password for {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nuvarande lösenord:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ytt lösenord (minst {min_length} tecken):</source>
        <translation>N&amp;ew password (at least {min_length} characters):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa det nya:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Byt lösenord</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De nya lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>The new passwords do not match. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereDialog</name>
    <message>
        <location filename="../../klinik_app/ui/changed_elsewhere.py" line="+62"/>
        <source>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats än. Jämför och välj vilken version som ska gälla.</source>
        <translation>{what} has been changed on another workstation since you opened the details. Nothing of your change has been saved yet. Compare and choose which version applies.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Din ändring sparas inte; det sparade visas.</source>
        <translation>Your change is not saved; the saved version is shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ersätter det som sparades på den andra arbetsstationen.</source>
        <translation>Replaces what was saved on the other workstation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc): inget sparas, det du skrev finns kvar</source>
        <translation>Cancel (Esc): nothing is saved, what you typed is kept</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Din version och den sparade</source>
        <translation>Your version and the saved one</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: värdena {differ}</source>
        <translation>{field}: the values {differ}</translation>
    </message>
</context>
<context>
    <name>ChildAtRiskDialog</name>
    <message>
        <location filename="../../klinik_app/ui/child_at_risk_dialog.py" line="+45"/>
        <source>Bedömning: barn som far illa</source>
        <translation>Assessment: child at risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Dokumentera tandläkarens beslut (R-AB-5).</source>
        <translation>

Record the dentist&apos;s decision (R-AB-5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orosanmälan &amp;gjord</source>
        <translation>Report of concern &amp;made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ingen orosanmälan</source>
        <translation>&amp;No report of concern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skä&amp;l:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum för anmälan:</source>
        <translation>&amp;Date of the report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social&amp;kontor:</source>
        <translation>Social &amp;services office:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spara beslutet</source>
        <translation>&amp;Save the decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClinicDetailsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="+69"/>
        <source>Klinikens uppgifter</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifterna står på alla brev och dokument som Klinik skriver ut.</source>
        <translation>The details appear on every letter and document Klinik prints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Street address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Orderer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens &amp;adress:</source>
        <translation>Orderer&apos;s &amp;address:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Klinikens adress är sparad, men inte beställaren. </source>
        <translation>The clinic&apos;s address is saved, but not the orderer. </translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/clinic.py" line="+47"/>
        <source>Uppgifterna står i brevhuvudet på alla brev och dokument som Klinik skriver ut. Beställaren är mottagare av meddelanden om listningsstopp.</source>
        <translation>The details appear in the letterhead of every letter and document Klinik prints. The orderer receives the notices about listing stops.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klinik och brevhuvud</source>
        <translation>Clinic and letterhead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klinikens HSA-ID bestäms när databasen skapas och kan inte ändras.</source>
        <translation>The clinic&apos;s HSA ID is set when the database is created and cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSA-ID:</source>
        <translation>HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Clinic&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Street address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Orderer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens &amp;adress:</source>
        <translation>Orderer&apos;s &amp;address:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Klinikens namn och adress är sparade, men inte beställaren. </source>
        <translation>The clinic&apos;s name and address are saved, but not the orderer. </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-79"/>
        <source>Bekräfta överenskommelse</source>
        <translation>Confirm agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem godkände tiden, och hur? Först när tiden är överenskommen kan en uteblivandeavgift tas ut (R-AB-3).</source>
        <translation>Who agreed to the time, and how? Only an agreed appointment can lead to an absence fee (R-AB-3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överenskommen &amp;med:</source>
        <translation>Agreed &amp;with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hur:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bekräfta</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactHistoryDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="+328"/>
        <location line="+7"/>
        <source>Kontakthistorik</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Varje kallelse, påminnelse och ändring, den senaste först.</source>
        <translation>Every summons, reminder and change, latest first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga kontakter är registrerade ännu för den här revisionen.</source>
        <translation>No contacts are registered yet for this revision.</translation>
    </message>
</context>
<context>
    <name>CorrectListingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="+523"/>
        <location line="+1"/>
        <source>Rätta felregistrerad listning</source>
        <translation>Correct a listing entered in error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markera listningen som felregistrerad?</source>
        <translation>Mark the listing as entered in error?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listning: {listing}. Den räknas då inte längre som listning, inte heller i antalet listade per månad (R-LI-8; redan sparade månader ändras inte). Det går inte att ångra.</source>
        <translation>Listing: {listing}. It then no longer counts as a listing, nor in the number listed per month (R-LI-8; months already saved do not change). This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienten har skyddad identitet: rättelsen sparas bara här och skickas inte till regionen (R-TG-4).</source>
        <translation>The patient has a protected identity: the correction is saved only here and is not sent to the region (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rättelsen skickas till regionens listningssystem.</source>
        <translation>The correction is sent to the region&apos;s listing system.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera som felregistrerad</source>
        <translation>&amp;Mark as entered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som felregistrerad</source>
        <translation>Mark as entered in error</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="+174"/>
        <location line="+246"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beställare</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målen och statusen gäller beställarens avtal för året (R-RP-2).</source>
        <translation>The targets and the status follow the orderer&apos;s agreement for the year (R-RP-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uppdatera</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdatera indikatorerna</source>
        <translation>Refresh the indicators</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Orderer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piltangenterna flyttar mellan indikatorerna. Enter visar patienterna bakom siffran.</source>
        <translation>The arrow keys move between the indicators. Enter shows the patients behind the figure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12 345 av 12 345</source>
        <translation>12,345 of 12,345</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minst 100,0 %</source>
        <translation>at least 100.0 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej uppfyllt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 månader, trend</source>
        <translation>24 months, trend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Visa patienterna bakom &amp;siffran</source>
        <translation>&amp;Show the patients behind the figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa patienterna bakom siffran</source>
        <translation>Show the patients behind the figure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vald indikator</source>
        <translation>Selected indicator</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Perioden {first} – {last}.</source>
        <translation>The period {first} – {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Mot målen: </source>
        <translation> Against the targets: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> {orderer} har inga mål för {year}.</source>
        <translation> {orderer} has no targets for {year}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;br&gt;&lt;b&gt;Delvärden:&lt;/b&gt; {parts}</source>
        <translation>&lt;br&gt;&lt;b&gt;Components:&lt;/b&gt; {parts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, de senaste {months} månaderna</source>
        <translation>{name}, the last {months} months</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Läser in månaderna …</source>
        <translation>Reading the months …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget att mäta under månaderna</source>
        <translation>Nothing to measure in these months</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samma sak som Enter i tabellen. Listan loggas i åtkomstloggen (R-SE-2).</source>
        <translation>The same as Enter in the table. The list is recorded in the access log (R-SE-2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hämtar patienterna …</source>
        <translation>Fetching the patients …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patienterna kunde inte hämtas just nu.</source>
        <translation>The patients could not be fetched just now.</translation>
    </message>
</context>
<context>
    <name>DeclinedDialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="+128"/>
        <source>Samtycke gavs inte</source>
        <translation>Consent not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{patient_name} (eller vårdnadshavaren) vill inte att journalen kopieras till den nya kliniken. Vilken dag beskedet kom?</source>
        <translation>{patient_name} (or the guardian) does not want the record copied to the new clinic. On which day did the answer come?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avsluta uppgiften</source>
        <translation>&amp;Close the task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeviationTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_view.py" line="+107"/>
        <source>, försenad</source>
        <translation>, overdue</translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location line="+90"/>
        <source>&amp;Rapportera avvikelse… (Ctrl+N)</source>
        <translation>&amp;Report a deviation… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bara försenade</source>
        <translation>&amp;Only overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ord i texten, platsen, den andra parten eller lärdomen</source>
        <translation>Words in the text, the place, the other party or the lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara med lärdo&amp;m</source>
        <translation>Only &amp;with a lesson</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Berättelsen &amp;är klar</source>
        <translation>The report &amp;is done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;ånadssammanfattning…</source>
        <translation>&amp;Monthly summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patie&amp;ntsäkerhetsberättelse…</source>
        <translation>Patie&amp;nt safety report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kvitto</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avvikelseregistret</source>
        <translation>Deviation register</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ärendet och dess händelser</source>
        <translation>The case and its events</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påbörja &amp;utredning…</source>
        <translation>Start &amp;investigation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluta å&amp;tgärder…</source>
        <translation>Decide ac&amp;tions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Följ upp åtgärder…</source>
        <translation>&amp;Follow up actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistrera svar…</source>
        <translation>Record ans&amp;wer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avs&amp;luta…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;oppla patient…</source>
        <translation>Li&amp;nk patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;x Maria…</source>
        <translation>Le&amp;x Maria…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avid&amp;entifierad kopia…</source>
        <translation>De-id&amp;entified copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skr&amp;iv lärdom…</source>
        <translation>Wr&amp;ite lesson…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ök:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Visar de {count} senaste. Använd filtren eller sökningen för att hitta äldre avvikelser.</source>
        <translation>Showing the {count} latest. Use the filters or the search to find older deviations.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ingen avvikelse vald.</source>
        <translation>No deviation selected.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tack! Avvikelsen har fått nummer {number} ({when}).</source>
        <translation>Thank you! The deviation has number {number} ({when}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Patienten kopplades inte.</source>
        <translation> The patient was not linked.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Påbörja utredning</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem utreder avvikelsen?</source>
        <translation>Who investigates the deviation?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utredare:</source>
        <translation>&amp;Investigator:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avsluta avvikelsen</source>
        <translation>Close the deviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilken återkoppling har den som rapporterade fått (R-DV-5)?</source>
        <translation>What feedback has the reporter received (R-DV-5)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Återkoppling:</source>
        <translation>&amp;Feedback:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Koppla patient</source>
        <translation>Link patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patienten syns bara för avvikelsehandläggare.</source>
        <translation>The patient is visible only to deviation handlers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personal identity number:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Sparad: {saved}</source>
        <translation>Saved: {saved}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Lärdom</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad har kliniken lärt sig av avvikelsen? Lärdomen går att söka på och kommer med i månadssammanfattningen och patientsäkerhetsberättelsen.</source>
        <translation>What has the clinic learnt from the deviation? The lesson can be searched and is included in the monthly summary and the patient safety report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lärdom:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patientsäkerhetsberättelsen för {year} ska vara klar senast {deadline}. Skriv den med knappen Patientsäkerhetsberättelse och markera den sedan som klar.</source>
        <translation>The patient safety report for {year} must be done by {deadline}. Write it with the Patient safety report button and then mark it as done.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patientsäkerhetsberättelsen för {reminder_year} är markerad som klar.</source>
        <translation>The patient safety report for {reminder_year} is marked as done.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="+56"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Klinikens uppgifter…</source>
        <translation>&amp;Clinic details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meddelande om listnings&amp;stopp…</source>
        <translation>Notice of listing &amp;stop…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flyttbrev…</source>
        <translation>&amp;Moving letters…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura&amp;underlag, skyddad identitet…</source>
        <translation>Invoice &amp;basis, protected identity…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Klinikens uppgifter är sparade.</source>
        <translation>The clinic details are saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listningsstopp</source>
        <translation>Listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken har inget listningsstopp. Ange stoppet under Listning → Listningsstopp.</source>
        <translation>The clinic has no listing stop. Enter the stop under Listing → Listing stop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara meddelandet</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meddelandet till beställaren är sparat: {path}</source>
        <translation>The notice to the orderer is saved: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriver meddelandet …</source>
        <translation>Writing the notice …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skriver flyttbrev …</source>
        <translation>Writing moving letters …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} flyttbrev är sparade.</source>
        <translation>{letters} moving letters are saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>

Dessa patienter får inget utskrivet brev (skyddad identitet eller adress saknas) och kontaktas enligt klinikens rutin:
</source>
        <translation>

These patients get no printed letter (protected identity or missing address) and are contacted according to the clinic&apos;s routine:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyttbrev</source>
        <translation>Moving letters</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fakturaunderlaget ({rows} patienter) är sparat: {pdf} och {name}</source>
        <translation>The invoice basis ({rows} patients) is saved: {pdf} and {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriver fakturaunderlaget …</source>
        <translation>Writing the invoice basis …</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <location filename="../../klinik_app/ui/emergency_view.py" line="+77"/>
        <source>Nytt akutbesök (patient som inte är listad här)</source>
        <translation>New emergency visit (a patient not listed here)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personn&amp;ummer:</source>
        <translation>Personal identity n&amp;umber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Förnamn:</source>
        <translation>F&amp;irst name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Efternamn:</source>
        <translation>Last &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besök&amp;sdatum:</source>
        <translation>Vi&amp;sit date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gatuadress:</source>
        <translation>Street &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;nummer:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommunkod:</source>
        <translation>Municipalit&amp;y code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bor:</source>
        <translation>&amp;Lives:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besvär och å&amp;tgärd:</source>
        <translation>Complaint and &amp;treatment:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Registrera akutbesök</source>
        <translation>&amp;Register emergency visit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara Betalare ok&amp;änd</source>
        <translation>&amp;Only Payer unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Akutbesök</source>
        <translation>Emergency visits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behandl&amp;ingar…</source>
        <translation>Treatm&amp;ents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport ti&amp;ll ordinarie klinik…</source>
        <translation>Report to the re&amp;gular clinic…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fr&amp;åga regionen igen</source>
        <translation>As&amp;k the region again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturaunderlag (PDF och &amp;CSV)…</source>
        <translation>Invoice &amp;basis (PDF and CSV)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Akutbesöket är registrerat. Betalare: {payer}.</source>
        <translation>The emergency visit is registered. Payer: {payer}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Spara rapport till ordinarie klinik</source>
        <translation>Save the report to the regular clinic</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten är sparad i {path}.</source>
        <translation>The report is saved in {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{resolved} akutbesök fick en känd betalare.</source>
        <translation>{resolved} emergency visits got a known payer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara fakturaunderlag (PDF)</source>
        <translation>Save the invoice basis (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara fakturaunderlag (CSV)</source>
        <translation>Save the invoice basis (CSV)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> {waiting} besök väntar på känd betalare och är inte med.</source>
        <translation> {waiting} visits are waiting for a known payer and are not included.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturaunderlag</source>
        <translation>Invoice basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlaget för {visits} besök till {payers} betalare är sparat.{waiting}</source>
        <translation>The basis for {visits} visits to {payers} payers is saved.{waiting}</translation>
    </message>
</context>
<context>
    <name>EndListingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-87"/>
        <location line="+1"/>
        <source>Avsluta listning</source>
        <translation>End listing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listning: {listing}.</source>
        <translation>Listing: {listing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slut&amp;datum:</source>
        <translation>End &amp;date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj orsak …</source>
        <translation>Choose a reason …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak till att listningen avslutas</source>
        <translation>Reason the listing ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatumet är listningens sista dag. Avslutet sparas här och skickas inte till regionen, som får samma uppgift från folkbokföringen (R-LI-4). Var listningen fel från början: använd Rätta (felregistrerad) i stället.</source>
        <translation>The end date is the listing&apos;s last day. The ending is saved here and not sent to the region, which gets the same information from the population register (R-LI-4). If the listing was wrong from the start, use Correct (entered in error) instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avsluta listningen</source>
        <translation>&amp;End the listing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avsluta listningen</source>
        <translation>End the listing</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Välj varför listningen avslutas.</source>
        <translation>Choose why the listing ends.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-565"/>
        <source>, vårdenhet {care_unit}</source>
        <translation>, care unit {care_unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id {id}{unit}: {text}</source>
        <translation>Entry id {id}{unit}: {text}</translation>
    </message>
</context>
<context>
    <name>ExaminationDialog</name>
    <message>
        <location filename="../../klinik_app/ui/examination_form.py" line="+200"/>
        <location line="+1"/>
        <source>Registrera undersökning</source>
        <translation>Register examination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> – skyddad identitet</source>
        <translation> – protected identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undersökningsdatum</source>
        <translation>Examination date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undersökarens roll</source>
        <translation>Examiner&apos;s role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökarens &amp;roll:</source>
        <translation>Examiner&apos;s &amp;role:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namn eller HSA-id</source>
        <translation>Name or HSA ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undersökare</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj i listan eller skriv undersökarens HSA-id, t.ex. SE2321000222-T0001.</source>
        <translation>Choose from the list or type the examiner&apos;s HSA ID, e.g. SE2321000222-T0001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undersökare:</source>
        <translation>&amp;Examiner:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Riskbedömning och revisionsintervall (R-RV-10)</source>
        <translation>Risk assessment and revision interval (R-RV-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riskbedömning och revisionsintervall</source>
        <translation>Risk assessment and revision interval</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risk för {area}</source>
        <translation>Risk of {area}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk för {area}: 0, 1 eller 2 (skriv siffran).</source>
        <translation>Risk of {area}: 0, 1 or 2 (type the digit).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> mån</source>
        <translation> mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat revisionsintervall i månader</source>
        <translation>Planned revision interval in months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månader till nästa revision, 1–72. Föreslås av riskgruppen tills du ändrar det.</source>
        <translation>Months to the next revision, 1–72. Suggested from the risk group until you change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat &amp;intervall:</source>
        <translation>Planned &amp;interval:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Använd förs&amp;lag</source>
        <translation>Use su&amp;ggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd det föreslagna intervallet</source>
        <translation>Use the suggested interval</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Riskgrupp:</source>
        <translation>Risk group:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deft (mjölktänder)</source>
        <translation>deft (primary teeth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d&amp;eft:</source>
        <translation>d&amp;eft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DFT (permanenta tänder)</source>
        <translation>DFT (permanent teeth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;FT:</source>
        <translation>D&amp;FT:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tobaksvanor</source>
        <translation>Tobacco habits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;obak:</source>
        <translation>T&amp;obacco:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bettutvecklingskontroll gjord</source>
        <translation>&amp;Bite development check done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettutvecklingskontroll gjord</source>
        <translation>Bite development check done</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kontroll av undersökningen</source>
        <translation>Check of the examination</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara undersökningen (Enter)</source>
        <translation>Save the examination (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>{age} år på undersökningsdagen</source>
        <translation>{age} years old on the examination day</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bedöms inte vid tandhälsokontroll (R-RV-5)</source>
        <translation>not assessed at a dental health check (R-RV-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– (bedöm risk 0–2 i alla fyra områdena)</source>
        <translation>– (assess risk 0–2 in all four areas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{group} (den högsta av de fyra områdena)</source>
        <translation>{group} (the highest of the four areas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Förslag när riskgruppen är bedömd.</source>
        <translation>Suggestion once the risk group is assessed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förslag för riskgrupp {group}: {suggestion} mån</source>
        <translation>Suggestion for risk group {group}: {suggestion} mo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (du har ändrat)</source>
        <translation> (changed by you)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Högst {months} månader vid {age} års ålder (R-RV-2).</source>
        <translation>At most {months} months at the age of {age} (R-RV-2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krävs från {tobacco_from_age} år (R-RV-7)</source>
        <translation>Required from the age of {tobacco_from_age} (R-RV-7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krävs för {bite_check_min_age}–{bite_check_max_age} år (R-RV-6)</source>
        <translation>Required at ages {bite_check_min_age}–{bite_check_max_age} (R-RV-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Görs av tandläkare (R-RV-6)</source>
        <translation>Done by a dentist (R-RV-6)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kan inte sparas än: fyll i eller rätta det som står nedan.</source>
        <translation>Cannot be saved yet: fill in or correct what is listed below.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kan sparas, men sparas med regelbrott {rules}.</source>
        <translation>Can be saved, but is saved with rule violation {rules}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allt är ifyllt enligt reglerna. Enter sparar.</source>
        <translation>Everything is filled in according to the rules. Enter saves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sparas med regelbrott {rule}: {message}</source>
        <translation>Saved with rule violation {rule}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kontrollen kunde inte göras.</source>
        <translation>The check could not be done.</translation>
    </message>
</context>
<context>
    <name>FeeSchedulesDialog</name>
    <message>
        <location filename="../../klinik_app/ui/fee_schedules_dialog.py" line="+45"/>
        <source>Taxor och prislistor</source>
        <translation>Fee schedules and price lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En behandling prissätts från den version som gällde behandlingsdagen och behåller sitt pris när en ny version läses in.</source>
        <translation>A treatment is priced from the version valid on the day of treatment and keeps its price when a new version is read in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inlästa taxor och prislistor</source>
        <translation>Fee schedules and price lists read in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Läs in fil…</source>
        <translation>&amp;Read in file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verksamhetschefen eller administratören läser in nya taxor.</source>
        <translation>The head of clinic or the administrator reads in new fee schedules.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Läs in taxa eller prislista</source>
        <translation>Read in a fee schedule or price list</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{kind} {version} är inläst: {items} koder, gäller från {valid_from:%Y-%m-%d}.</source>
        <translation>{kind} {version} is read in: {items} codes, valid from {valid_from:%Y-%m-%d}.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/fees.py" line="+20"/>
        <source>En behandling prissätts från den version som gällde behandlingsdagen. En ny version läses in från regionens fil.</source>
        <translation>A treatment is priced from the version valid on the day of treatment. A new version is read in from the region&apos;s file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxor och prislistor</source>
        <translation>Fee schedules and price lists</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxa</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inlästa &amp;versioner:</source>
        <translation>Read-in &amp;versions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Öppna taxor och prislistor…</source>
        <translation>&amp;Open fee schedules and price lists…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../klinik_app/ui/login.py" line="+60"/>
        <source>Första administratören – Klinik</source>
        <translation>First administrator – Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan logga in i Klinik än. Lägg upp dig själv som administratör: du lägger sedan upp kollegornas konton under Arkiv → Personal och behörigheter.</source>
        <translation>Nobody can log in to Klinik yet. Add yourself as administrator: you then add your colleagues&apos; accounts under File → Staff and permissions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yrkesroll:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen – bara administratör</source>
        <translation>None – administrator only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lösenord (minst {min_length} tecken):</source>
        <translation>&amp;Password (at least {min_length} characters):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skapa och logga in</source>
        <translation>&amp;Create and log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;vsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>The passwords do not match. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../klinik_app/ui/first_start.py" line="+47"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Välkommen till Klinik</source>
        <translation>Welcome to Klinik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Databasen{where} har ingen klinik än. Ange klinikens HSA-ID och namn så skapas kliniken. Uppgifterna går att ändra senare.</source>
        <translation>The database{where} has no clinic yet. Enter the clinic&apos;s HSA ID and name and the clinic is created. The details can be changed later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. SE2321000222-E12345</source>
        <translation>e.g. SE2321000222-E12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens HSA-ID</source>
        <translation>The clinic&apos;s HSA ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. Tandkliniken Centrum</source>
        <translation>e.g. Tandkliniken Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens namn</source>
        <translation>The clinic&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;HSA-ID:</source>
        <translation>Clinic&apos;s &amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Clinic&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fyll databasen med &amp;demodata (påhittade patienter)</source>
        <translation>Fill the database with &amp;demo data (made-up patients)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll databasen med demodata (påhittade patienter)</source>
        <translation>Fill the database with demo data (made-up patients)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antal demopatienter</source>
        <translation>Number of demo patients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Antal patienter:</source>
        <translation>Number &amp;of patients:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demodata är till för övning och visning. En databas med demodata kan inte användas för riktiga patienter.</source>
        <translation>Demo data is for practice and demonstration. A database with demo data cannot be used for real patients.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Skapa kliniken</source>
        <translation>&amp;Create the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa kliniken</source>
        <translation>Create the clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta utan att skapa kliniken</source>
        <translation>Exit without creating the clinic</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Skapar {n:,} demopatienter …</source>
        <translation>Creating {n:,} demo patients …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demodata skapades inte (avbrutet), men kliniken är skapad. Försök igen, eller ta bort bocken för demodata och börja utan patienter.</source>
        <translation>Demo data was not created (cancelled), but the clinic is created. Try again, or untick demo data and start without patients.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fel: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inga fel</source>
        <translation>No errors</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="-27"/>
        <source>Följ upp åtgärder</source>
        <translation>Follow up actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv resultatet av varje åtgärd.</source>
        <translation>Write the result of each action.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../klinik_app/ui/form_dialog.py" line="+27"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{done_before}{not_saved} Uppgifterna som sparats visas nu.</source>
        <translation>{done_before}{not_saved} The saved details are shown now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done_before}Det du skrev finns kvar.</source>
        <translation>{done_before}What you typed is still there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingenting sparades. </source>
        <translation>Nothing was saved. </translation>
    </message>
</context>
<context>
    <name>IdleLockPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/routines.py" line="+45"/>
        <source>En arbetsstation som ingen har använt på en stund döljer patientuppgifterna tills den inloggade skriver sitt lösenord. Gäller alla arbetsstationer.</source>
        <translation>A workstation nobody has used for a while hides the patient details until the person logged in types their password. Applies to all workstations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skärmlås</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås sk&amp;ärmen efter:</source>
        <translation>Lock the scr&amp;een after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minuter</source>
        <translation> minutes</translation>
    </message>
</context>
<context>
    <name>IndicatorLine</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_model.py" line="+156"/>
        <source>inget att mäta under månaderna</source>
        <translation>nothing to measure in these months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lägst {lowest}, högst {highest}, senaste månaden {latest}</source>
        <translation>lowest {lowest}, highest {highest}, latest month {latest}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location line="+49"/>
        <source>Senaste 24 månaderna: {trend}</source>
        <translation>Last 24 months: {trend}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomt</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nämnare: {denominator}</source>
        <translation>Denominator: {denominator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beställaren har inget mål för indikatorn det här året.</source>
        <translation>The orderer has no target for the indicator this year.</translation>
    </message>
</context>
<context>
    <name>InvoiceMonthDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-133"/>
        <source>Fakturaunderlag, skyddad identitet</source>
        <translation>Invoice basis, protected identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underlaget för patienter med skyddad identitet, som faktureras beställaren i stället för att registreras i listningssystemet (R-TG-4). PDF och CSV sparas sida vid sida.</source>
        <translation>The basis for patients with a protected identity, who are invoiced to the orderer instead of being registered in the listing system (R-TG-4). The PDF and the CSV are saved side by side.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara fakturaunderlaget</source>
        <translation>Save the invoice basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj var underlaget ska sparas.</source>
        <translation>Choose where to save the basis.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../klinik_app/ui/patient_language_dialog.py" line="+21"/>
        <source>Språk och tolk</source>
        <translation>Language and interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: vilket språk talar patienten (eller vårdnadshavaren), och behövs tolk? Med tolk bokas revisionstiden längre och tolken reserveras.</source>
        <translation>{name}: which language does the patient (or guardian) speak, and is an interpreter needed? With an interpreter the revision is booked longer and the interpreter is reserved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolk behövs</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolk:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/language.py" line="+15"/>
        <source>Språket gäller den här arbetsstationen och byts nästa gång Klinik startar. Brev och dokument till patienter och regionen skrivs alltid på svenska.</source>
        <translation>The language applies to this workstation and changes the next time Klinik starts. Letters and documents to patients and the region are always written in Swedish.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LetterSentDialog</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="+142"/>
        <source>Brevet skickat</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När skickades brevet om uteblivna besök för {name}?</source>
        <translation>When was the letter about missed visits sent for {name}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skickat:</source>
        <translation>&amp;Sent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markera skickat</source>
        <translation>&amp;Mark sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LexMariaDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+74"/>
        <source>Lex Maria</source>
        <translation>Lex Maria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allvarlig vårdskada anmäls till IVO av den anmälningsansvariga. Fyll i det som är gjort; resten kan fyllas i senare.</source>
        <translation>Serious harm in care is reported to IVO by the appointed reporter. Fill in what has been done; the rest can be filled in later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anmälningsansvarig:</source>
        <translation>&amp;Appointed reporter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmäld till &amp;IVO:</source>
        <translation>Reported to &amp;IVO:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten inf&amp;ormerad:</source>
        <translation>Patient inf&amp;ormed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informerad</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utredningen bifogad:</source>
        <translation>&amp;Investigation attached:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopia till &amp;regionen:</source>
        <translation>Copy to the &amp;region:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVO:s &amp;beslut:</source>
        <translation>IVO&apos;s &amp;decision:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslu&amp;tsdatum:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut kommit</source>
        <translation>Decision received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vidarebefordrat till regionen:</source>
        <translation>&amp;Forwarded to the region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidarebefordrat</source>
        <translation>Forwarded</translation>
    </message>
</context>
<context>
    <name>ListPatientDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-264"/>
        <location line="+1"/>
        <source>Lista patient</source>
        <translation>List patient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienten (eller en vårdnadshavare) väljer kliniken och samtycker till listningen (R-LI-1).</source>
        <translation>The patient (or a guardian) chooses the clinic and consents to the listing (R-LI-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddad identitet: listningen sparas bara här och skickas aldrig till regionens listningssystem (R-TG-4).</source>
        <translation>Protected identity: the listing is saved only here and never sent to the region&apos;s listing system (R-TG-4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Samtycke lämnat av</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vårdnadshavare &amp;{position}: {guardian}</source>
        <translation>Guardian &amp;{position}: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdnadshavare {position}: {guardian}</source>
        <translation>Guardian {position}: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patienten själv: {name}</source>
        <translation>&amp;The patient: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten själv: {name}</source>
        <translation>The patient: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datum för samtycket</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum för samtycket:</source>
        <translation>&amp;Date of consent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur …</source>
        <translation>Choose how …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur samtycket lämnades</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hur samtycket lämnades:</source>
        <translation>&amp;How consent was given:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj tandläkare …</source>
        <translation>Choose a dentist …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen tandläkare registrerad</source>
        <translation>No dentist registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ansvarig &amp;tandläkare:</source>
        <translation>Responsible &amp;dentist:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Lista patienten</source>
        <translation>&amp;List the patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lista patienten</source>
        <translation>List the patient</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Patienten är 18 år eller äldre på samtyckesdagen och samtycker själv (R-LI-1).</source>
        <translation>The patient is 18 or older on the day of consent and consents personally (R-LI-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten är under 18 år på samtyckesdagen: en vårdnadshavare samtycker (R-LI-1).</source>
        <translation>The patient is under 18 on the day of consent: a guardian consents (R-LI-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vårdansvaret börjar {start} (R-LI-3).</source>
        <translation>Care responsibility starts {start} (R-LI-3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> till och med {end_date}</source>
        <translation> up to and including {end_date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obs! Kliniken har listningsstopp från {start_date}{until} (R-LI-5): nya val under stoppet tas inte emot.</source>
        <translation>Note! The clinic has a listing stop from {start_date}{until} (R-LI-5): new choices during the stop are not accepted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Välj vem som lämnade samtycket (R-LI-1).</source>
        <translation>Choose who gave consent (R-LI-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur samtycket lämnades: på plats, telefon, papper eller e-tjänst (R-LI-1).</source>
        <translation>Choose how consent was given: in person, by phone, on paper or by e-service (R-LI-1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj patientens ansvariga tandläkare (R-LI-6).</source>
        <translation>Choose the patient&apos;s responsible dentist (R-LI-6).</translation>
    </message>
</context>
<context>
    <name>ListingStopDialog</name>
    <message>
        <location line="+183"/>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listing stop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Har kliniken inte plats för fler än de listade kan den anmäla listningsstopp till beställaren. Under stoppet tas inga nya val emot (R-LI-5).</source>
        <translation>If the clinic has no room for more than those listed, it can notify the orderer of a listing stop. No new choices are accepted during the stop (R-LI-5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningsstopp från och med</source>
        <translation>Listing stop from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Från och med:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteckning till beställaren</source>
        <translation>Note to the orderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. ingen plats för fler patienter före hösten</source>
        <translation>e.g. no room for more patients before the autumn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nmäl listningsstopp</source>
        <translation>&amp;Notify listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmäl listningsstopp</source>
        <translation>Notify listing stop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stoppet gäller till och med</source>
        <translation>The stop applies up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till &amp;och med:</source>
        <translation>Applies up to and &amp;including:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upphäv listningsstopp</source>
        <translation>&amp;Lift the listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upphäv listningsstopp</source>
        <translation>Lift the listing stop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dagen efter tas nya val emot igen. Beställaren får ett meddelande.</source>
        <translation>New choices are accepted again from the day after. The orderer gets a notice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inget listningsstopp. Kliniken tar emot nya val.</source>
        <translation>No listing stop. The clinic accepts new choices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> till och med {end_date}</source>
        <translation> up to and including {end_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tills vidare</source>
        <translation> until further notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp från {start_date}{until} (anmält med {count} listade genom eget val).</source>
        <translation>Listing stop from {start_date}{until} (notified with {count} listed by own choice).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listade genom eget val i dag: {count}. Minst {minimum} krävs för att anmäla listningsstopp (R-LI-5).</source>
        <translation>Listed by own choice today: {count}. At least {minimum} are required to notify a listing stop (R-LI-5).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listningsstopp anmält från {start_date}. Meddelandet till beställaren är köat för regionens listningssystem.</source>
        <translation>Listing stop notified from {start_date}. The notice to the orderer is queued for the region&apos;s listing system.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingenting sparades. Datumet du valde finns kvar.</source>
        <translation>Nothing was saved. The date you chose is still there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{not_saved} Listningsstoppet visas nu som det är sparat.</source>
        <translation>{not_saved} The listing stop is now shown as saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listningsstoppet gäller till och med {end}. Meddelandet till beställaren är köat för regionens listningssystem.</source>
        <translation>The listing stop applies up to and including {end}. The notice to the orderer is queued for the region&apos;s listing system.</translation>
    </message>
</context>
<context>
    <name>ListingView</name>
    <message>
        <location filename="../../klinik_app/ui/listing_view.py" line="+103"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ av listning</source>
        <translation>Type of listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade på månadens sista dag</source>
        <translation>Listed on the last day of the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa de listningar som gällde på månadens sista dag (R-LI-8).</source>
        <translation>Show the listings that applied on the last day of the month (R-LI-8).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status efter datum: planerad innan vårdansvaret börjar, avslutad efter slutdatumet.</source>
        <translation>Status by date: planned before the care responsibility starts, ended after the end date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig ta&amp;ndläkare:</source>
        <translation>Responsible de&amp;ntist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Månad:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listningar</source>
        <translation>Listings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter öppnar patientkortet för den valda listningen.</source>
        <translation>Enter opens the patient card for the selected listing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avsluta &amp;listning…</source>
        <translation>End &amp;listing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta listning</source>
        <translation>End listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rätta (felregistrerad)…</source>
        <translation>&amp;Correct (entered in error)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rätta felregistrerad listning</source>
        <translation>Correct a listing entered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Markera en listning som registrerades av misstag som felregistrerad.</source>
        <translation>Mark a listing that was registered by mistake as entered in error.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Listnings&amp;stopp…</source>
        <translation>Listing &amp;stop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa, anmäl eller upphäv klinikens listningsstopp (R-LI-5).</source>
        <translation>Show, notify or lift the clinic&apos;s listing stop (R-LI-5).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listade per månad</source>
        <translation>Listed per month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listade patienter per månad, de senaste {months} månaderna (R-LI-8)</source>
        <translation>Listed patients per month, the last {months} months (R-LI-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Exportera CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera listade per månad som CSV</source>
        <translation>Export listed per month as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara de avslutade månaderna av de senaste {months} som CSV (semikolon, UTF-8) för Excel och avstämning med regionen. Pågående månad tas inte med.</source>
        <translation>Save the completed months of the last {months} as CSV (semicolon, UTF-8) for Excel and reconciliation with the region. The current month is not included.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> (R-LI-6)</source>
        <translation> (R-LI-6)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Visas: {count}</source>
        <translation>Shown: {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Diagrammet över listade per månad kunde inte läsas just nu.</source>
        <translation>The chart of listed per month could not be read just now.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj en listning i tabellen först.</source>
        <translation>Select a listing in the table first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registrera att listningen upphör, med slutdatum och orsak.</source>
        <translation>Record that the listing ends, with end date and reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen är redan avslutad eller felregistrerad.</source>
        <translation>The listing has already ended or is entered in error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listningen är redan markerad som felregistrerad.</source>
        <translation>The listing is already marked as entered in error.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>är avslutad</source>
        <translation>has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avslutas, sista dag {last}</source>
        <translation>ends, last day {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen för {name} {when}.</source>
        <translation>The listing for {name} {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rättelsen är köad för regionens listningssystem.</source>
        <translation>The correction is queued for the region&apos;s listing system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättelsen sparades bara lokalt (skyddad identitet).</source>
        <translation>The correction was saved only locally (protected identity).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listningen för {name} är markerad som felregistrerad. {where}</source>
        <translation>The listing for {name} is marked as entered in error. {where}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exportera listade per månad</source>
        <translation>Export listed per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Pågående månad togs inte med: siffrorna kan ändras till månadens slut.</source>
        <translation> The current month was not included: the figures can change until the end of the month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months} månader ({rows} rader) exporterade till {path}.{left_out}</source>
        <translation>{months} months ({rows} rows) exported to {path}.{left_out}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../klinik_app/ui/login.py" line="+25"/>
        <source>Skärmen är låst – Klinik</source>
        <translation>The screen is locked – Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinik är låst. Inloggad: {who}. Skriv ditt lösenord för att fortsätta där du var, eller logga ut.</source>
        <translation>Klinik is locked. Logged in: {who}. Type your password to continue where you were, or log out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lås upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logga &amp;ut</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location line="-83"/>
        <source> på {clinic_name}</source>
        <translation> at {clinic_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logga in{where} med ditt HSA-ID och lösenord.</source>
        <translation>Log in{where} with your HSA ID and password.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Logga in – Klinik</source>
        <translation>Log in – Klinik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. SE2321000222-T1234</source>
        <translation>e.g. SE2321000222-T1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logga &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="+54"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienter</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientregistret och patientkortet (Ctrl+1)</source>
        <translation>The patient register and the patient card (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens listningar, listningsstopp och listade per månad (Ctrl+2)</source>
        <translation>The clinic&apos;s listings, listing stop and listed per month (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienter som ska kallas till revision: kallelsebrev, status och pauser (Ctrl+3)</source>
        <translation>Patients to be summoned for a revision: summons letters, status and pauses (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök patient</source>
        <translation>&amp;Search patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna &amp;patientkortet</source>
        <translation>Open the &amp;patient card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tillbaka till listan</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lista patient…</source>
        <translation>&amp;List patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrera patientens val av kliniken, med samtycke (R-LI-1)</source>
        <translation>Register the patient&apos;s choice of the clinic, with consent (R-LI-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera &amp;undersökning…</source>
        <translation>Register &amp;examination…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera en revisionsundersökning eller tandhälsokontroll (R-RV-1, R-RV-5)</source>
        <translation>Register a revision examination or a dental health check (R-RV-1, R-RV-5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patienter</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Listning</source>
        <translation>&amp;Listing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kallelser</source>
        <translation>&amp;Recalls</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synka &amp;nu</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skicka väntande ändringar till regionen och hämta regionens ändringar</source>
        <translation>Send waiting changes to the region and fetch the region&apos;s changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringar som &amp;behöver åtgärd…</source>
        <translation>Changes that &amp;need attention…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändringar som regionen inte tog emot, och konflikter</source>
        <translation>Changes the region did not accept, and conflicts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ynkinställningar…</source>
        <translation>S&amp;ync settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionens adress, klinikens certifikat och automatisk synkronisering</source>
        <translation>The region&apos;s address, the clinic&apos;s certificate and automatic synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loggkontroll…</source>
        <translation>Access &amp;log review…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åtkomstloggen per patient, användare och period; månadens granskning (R-SE-2)</source>
        <translation>The access log by patient, user and period; the month&apos;s review (R-SE-2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Säkerhets&amp;kopiera nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör en kontrollerad kopia av databasen i säkerhetskopiemappen</source>
        <translation>Make a checked copy of the database in the backup folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åter&amp;ställ från säkerhetskopia…</source>
        <translation>Re&amp;store from backup…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Om Klinik</source>
        <translation>&amp;About Klinik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Klinik: {name}</source>
        <translation>Clinic: {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I registret: {count}</source>
        <translation>In the register: {count}</translation>
    </message>
</context>
<context>
    <name>ManualHandlingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="+25"/>
        <source>Kallelser att hantera manuellt</source>
        <translation>Summons to handle by hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dessa patienter fick inget utskrivet brev och registrerades inte som kallade.</source>
        <translation>These patients got no printed letter and were not registered as summoned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalla manuellt: skyddad identitet (R-TG-4) eller adress saknas. Kontakta dem enligt klinikens rutin, t.ex. per telefon, och markera sedan status i listan.</source>
        <translation>Summon by hand: protected identity (R-TG-4) or no address. Contact them by the clinic&apos;s routine, e.g. by phone, then mark the status in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen kallelse: bokad, avböjt, pausad eller alla påminnelser redan skickade.</source>
        <translation>No summons: booked, declined, paused or every reminder already sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter att hantera manuellt</source>
        <translation>Patients to handle by hand</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-571"/>
        <source>Fel: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga meddelanden</source>
        <translation>No messages</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../klinik_app/ui/month_chart.py" line="+159"/>
        <source>Listade patienter per månad</source>
        <translation>Listed patients per month</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Listade patienter per månad, {first} till {last}. Senaste månaden, {month}: {count} listade</source>
        <translation>Listed patients per month, {first} to {last}. Latest month, {month}: {count} listed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Preliminär: månaden pågår.</source>
        <translation> Preliminary: the month is in progress.</translation>
    </message>
</context>
<context>
    <name>MonthSummaryDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+125"/>
        <source>Månadssammanfattning</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadens avvikelser och lärdomar till arbetsplatsträffen, avidentifierade.</source>
        <translation>The month&apos;s deviations and lessons for the staff meeting, de-identified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="+327"/>
        <source>Stickprovets poster</source>
        <translation>The sample&apos;s entries</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Må&amp;nad:</source>
        <translation>Mo&amp;nth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stickprovets st&amp;orlek:</source>
        <translation>Sample si&amp;ze:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frö:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samma månad, storlek och frö ger alltid samma stickprov; fröet sparas med kvitteringen så att granskningen kan göras om.</source>
        <translation>The same month, size and seed always give the same sample; the seed is saved with the sign-off so that the review can be repeated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ta stickprov</source>
        <translation>&amp;Take sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dra stickprovet och visa posterna</source>
        <translation>Draw the sample and show the entries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kvittering:</source>
        <translation>Sign-off:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Granskare (HSA-id):</source>
        <translation>&amp;Reviewer (HSA ID):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Till exempel ”Inga avvikelser” eller vad som ska utredas.</source>
        <translation>For example “No anomalies” or what is to be investigated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resultat:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ersätt &amp;den tidigare kvitteringen</source>
        <translation>Replace &amp;the earlier sign-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ersätt den tidigare kvitteringen</source>
        <translation>Replace the earlier sign-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ignera granskningen</source>
        <translation>S&amp;ign the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittera månadens granskning med stickprovet ovan</source>
        <translation>Sign off the month&apos;s review with the sample above</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Välj Ta stickprov för att visa posterna.</source>
        <translation>Choose Take sample to show the entries.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kvitterad {signed_at:%Y-%m-%d %H:%M} av {who}: ”{findings}” (stickprov {sample_size} poster, frö {seed}). En ny kvittering ersätter den.</source>
        <translation>Signed off {signed_at:%Y-%m-%d %H:%M} by {who}: “{findings}” (sample of {sample_size} entries, seed {seed}). A new sign-off replaces it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månaden är inte kvitterad än.</source>
        <translation>The month is not signed off yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittering: {status}</source>
        <translation>Sign-off: {status}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>i stickprovet av {population} poster om patienter under {month:%Y-%m} (frö {seed})</source>
        <translation>in the sample of {population} entries about patients during {month:%Y-%m} (seed {seed})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta stickprovet och granska posterna innan granskningen signeras.</source>
        <translation>Take the sample and review the entries before the review is signed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Månaden är redan kvitterad. Kryssa i ”Ersätt den tidigare kvitteringen” om den nya kvitteringen ska gälla i stället.</source>
        <translation>The month is already signed off. Tick “Replace the earlier sign-off” if the new sign-off is to apply instead.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Granskningen av {month:%Y-%m} är kvitterad. Anteckna loggens sigill i granskningsprotokollet, utanför programmet: {seal_hash}</source>
        <translation>The review of {month:%Y-%m} is signed off. Note the log&apos;s seal in the review record, outside the program: {seal_hash}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-60"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}. Ändra dag, tid, längd, behandlare eller rum och tryck Enter för att flytta tiden.</source>
        <translation>{status}. Change the day, time, length, caregiver or room and press Enter to move the appointment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Överenskommelse:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Caregiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rum:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stäng</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: tiden flyttad till {when}.</source>
        <translation>{name}: appointment moved to {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: tiden {when} är ändrad.</source>
        <translation>{name}: appointment {when} changed.</translation>
    </message>
</context>
<context>
    <name>MoveProposalDialog</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="+107"/>
        <source>Flytta förslag</source>
        <translation>Move proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: revision senast {due}. Välj dag, tid och behandlare; Enter sparar.</source>
        <translation>{name}: revision due {due}. Choose the day, time and caregiver; Enter saves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Caregiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MovingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-40"/>
        <source>Flyttbrev</source>
        <translation>Moving letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken flyttar: ange den nya adressen. Ett brev skrivs till varje listad patient, eller till vårdnadshavarna för barn (ett brev per hushåll), och klinikens adress uppdateras (R-LI-7).</source>
        <translation>The clinic is moving: enter the new address. A letter is written to every listed patient, or to the guardians of children (one letter per household), and the clinic&apos;s address is updated (R-LI-7).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny &amp;gatuadress:</source>
        <translation>New &amp;street address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flyttdatum:</source>
        <translation>&amp;Moving date:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ange den nya gatuadressen, postnumret och postorten.</source>
        <translation>Enter the new street address, postcode and town.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara flyttbreven</source>
        <translation>Save the moving letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj var breven ska sparas.</source>
        <translation>Choose where to save the letters.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="-54"/>
        <source>Ny remiss</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss till specialisttandvård för {patient_name}. Remissen sparas som ej skickad tills du registrerar att den skickats.</source>
        <translation>Referral to specialist dental care for {patient_name}. The referral is saved as not sent until you record that it has been sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Specialitet:</source>
        <translation>&amp;Speciality:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj specialitet</source>
        <translation>Choose speciality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialitet</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;remissen</source>
        <translation>Save the &amp;referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-161"/>
        <source>{name}, datum</source>
        <translation>{name}, date</translation>
    </message>
</context>
<context>
    <name>OrderersDialog</name>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="+120"/>
        <source>Beställare och mål</source>
        <translation>Orderers and targets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rader åtskilda med kommatecken</source>
        <translation>lines separated by commas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara &amp;beställare</source>
        <translation>Save &amp;orderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;y beställare</source>
        <translation>Ne&amp;w orderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställare och avtal</source>
        <translation>Orderers and agreements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;eställare:</source>
        <translation>O&amp;rderer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS&amp;A-id:</source>
        <translation>HS&amp;A ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avtals&amp;år:</source>
        <translation>Agreement &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ante&amp;ckning om avtalet:</source>
        <translation>Note on the agree&amp;ment:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nära-marginal</source>
        <translation>Near margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål per indikator</source>
        <translation>Targets per indicator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara &amp;mål</source>
        <translation>Save &amp;target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiera målen till nästa år</source>
        <translation>Copy the targets to ne&amp;xt year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bo&amp;rt målet</source>
        <translation>Remo&amp;ve the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål (andelar i procent)</source>
        <translation>Targets (shares in per cent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Må&amp;lvärde:</source>
        <translation>Tar&amp;get value:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ära-marginal:</source>
        <translation>N&amp;ear margin:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handlingsplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+112"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Dagen åtgärden genomfördes; lämna &quot;Pågår&quot; så länge den inte är klar.</source>
        <translation>The day the action was done; leave &quot;In progress&quot; as long as it is not done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missade mål utan handlingsplan</source>
        <translation>Missed targets without an action plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara &amp;handlingsplan</source>
        <translation>&amp;Save action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny handlings&amp;plan</source>
        <translation>New action &amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta b&amp;ort handlingsplanen</source>
        <translation>Remove t&amp;he action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlingsplaner när ett mål inte nås</source>
        <translation>Action plans when a target is not met</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indika&amp;tor:</source>
        <translation>Indi&amp;cator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åt&amp;gärd:</source>
        <translation>Measure to ta&amp;ke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;varig:</source>
        <translation>Responsib&amp;le:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart &amp;senast:</source>
        <translation>Done &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomf&amp;örd:</source>
        <translation>Carried o&amp;ut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Skriv åtgärden för {indicator} och spara.</source>
        <translation>Write the action for {indicator} and save.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingenting sparades.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beställaren är sparad.</source>
        <translation>The orderer is saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Den nya beställaren är sparad.</source>
        <translation>The new orderer is saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avtalets anteckning är sparad.</source>
        <translation>The agreement&apos;s note is saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Målet för {name} är sparat.</source>
        <translation>The target for {name} is saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Målen är kopierade till {year}.</source>
        <translation>The targets are copied to {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{copied} mål kopierades till {year}.</source>
        <translation>{copied} targets were copied to {year}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handlingsplanen är sparad.</source>
        <translation>The action plan is saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Välj först handlingsplanen i tabellen.</source>
        <translation>First select the action plan in the table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlingsplanen för {name} är borttagen.</source>
        <translation>The action plan for {name} is removed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välj först målet i tabellen.</source>
        <translation>First select the target in the table.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Målet för {name} {year} är borttaget.</source>
        <translation>The target for {name} {year} is removed.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-175"/>
        <source>Eget revisionsdatum</source>
        <translation>Own revision date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beräknat datum: {date} ({rule}).</source>
        <translation>Calculated date: {date} ({rule}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Eget datum</source>
        <translation>Own date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eget &amp;datum:</source>
        <translation>Own &amp;date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. vill komma före en flytt, tandreglering pågår</source>
        <translation>e.g. wants to come before a move, orthodontics ongoing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak till eget datum</source>
        <translation>Reason for the own date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det beräknade datumet ändras inte; patienten flyttas i kallelselistan och kallelsen anger det egna datumet. Ett senare datum än det beräknade kan göra revisionen försenad.</source>
        <translation>The calculated date does not change; the patient moves in the recall list and the summons gives the own date. A date later than the calculated one can make the revision overdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ta bort eget datum</source>
        <translation>Re&amp;move own date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta bort eget datum</source>
        <translation>Remove own date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå tillbaka till det beräknade datumet.</source>
        <translation>Go back to the calculated date.</translation>
    </message>
</context>
<context>
    <name>PatientCardView</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="+80"/>
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Födelsedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk och tolk</source>
        <translation>Language and interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Vårdnadshavare</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Att åtgärda</source>
        <translation>To act on</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Personnummer:</source>
        <translation>Personal identity number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personuppgifter</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Födelsedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgrupp:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk och tolk:</source>
        <translation>Language and interpreter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Språk och t&amp;olk…</source>
        <translation>Language and &amp;interpreter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patientens språk och om tolk behövs vid besöken</source>
        <translation>The patient&apos;s language and whether visits need an interpreter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vårdnadshavare:</source>
        <translation>Guardians:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning och ansvar</source>
        <translation>Listing and responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning:</source>
        <translation>Listing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare:</source>
        <translation>Responsible dentist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lista patient…</source>
        <translation>&amp;List patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista patient</source>
        <translation>List patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera patientens val av kliniken, med samtycke (R-LI-1). Ctrl+L</source>
        <translation>Register the patient&apos;s choice of the clinic, with consent (R-LI-1). Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Journalkopia…</source>
        <translation>&amp;Record copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopia av journalen till en annan vårdgivare eller till patienten (R-SE-4). Ctrl+J</source>
        <translation>A copy of the record for another care provider or for the patient (R-SE-4). Ctrl+J</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regler:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} år</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skyddad – visas inte</source>
        <translation>Protected – not shown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>svenska, ingen tolk</source>
        <translation>Swedish, no interpreter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inga registrerade</source>
        <translation>none registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen listning</source>
        <translation>No listing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inget</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-199"/>
        <source>Namn eller personnummer</source>
        <translation>Name or personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök patient</source>
        <translation>Search patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Träffar</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{last_name}, {first_name}  {personnummer}  ({age} år)</source>
        <translation>{last_name}, {first_name}  {personnummer}  ({age} years)</translation>
    </message>
</context>
<context>
    <name>PatientReferralsPanel</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="+148"/>
        <location line="+2"/>
        <source>Remisser</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patientens remisser</source>
        <translation>The patient&apos;s referrals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny &amp;remiss…</source>
        <translation>New &amp;referral…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ski&amp;cka…</source>
        <translation>S&amp;end…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reg&amp;istrera svar…</source>
        <translation>Record ans&amp;wer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av&amp;sluta</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åt&amp;erkalla</source>
        <translation>Withdra&amp;w</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remissen är sparad. Registrera när den skickas (Skicka…).</source>
        <translation>The referral is saved. Record when it is sent (Send…).</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-331"/>
        <source>Patientens poster i åtkomstloggen</source>
        <translation>The patient&apos;s entries in the access log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer (i valfri form) eller namn</source>
        <translation>Personal identity number (in any form) or name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hitta</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sök patienten i registret (Enter)</source>
        <translation>Search for the patient in the register (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namn eller perso&amp;nnummer:</source>
        <translation>Name or perso&amp;nal identity number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn eller personnummer</source>
        <translation>Name or personal identity number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vä&amp;lj patient:</source>
        <translation>Choo&amp;se patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök först, eller öppna patientkortet och sedan Loggkontroll</source>
        <translation>Search first, or open the patient card and then Access log review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visa poster</source>
        <translation>S&amp;how entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa patientens poster under perioden</source>
        <translation>Show the patient&apos;s entries during the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggutdrag till patient (P&amp;DF)…</source>
        <translation>Log extract for the patient (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patientens utdrag ”vem har läst min journal” för perioden; utlämnandet loggas.</source>
        <translation>The patient&apos;s extract “who has read my record” for the period; the disclosure is logged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara loggutdraget</source>
        <translation>Save the log extract</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>– ingen patient matchar sökningen</source>
        <translation>– no patient matches the search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (fler finns: skriv mer)</source>
        <translation> (there are more: type more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} patienter matchar{more}. Välj en i listan Välj patient.</source>
        <translation>{count} patients match{more}. Choose one in the Choose patient list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>– sök och välj först en patient</source>
        <translation>– search and choose a patient first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>om {patient} ({period})</source>
        <translation>about {patient} ({period})</translation>
    </message>
</context>
<context>
    <name>PatientTimesPanel</name>
    <message>
        <location filename="../../klinik_app/ui/patient_times.py" line="+49"/>
        <location line="+1"/>
        <source>Tider</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patientens tider</source>
        <translation>The patient&apos;s appointments</translation>
    </message>
</context>
<context>
    <name>PatientsBehindPage</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="-327"/>
        <source>← &amp;Tillbaka till uppföljningen (Esc)</source>
        <translation>← &amp;Back to the follow-up (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tillbaka till uppföljningen</source>
        <translation>Back to the follow-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter öppnar patientkortet. Esc går tillbaka till uppföljningen.</source>
        <translation>Enter opens the patient card. Esc goes back to the follow-up.</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../klinik_app/ui/drill_down.py" line="+33"/>
        <source>Patienter bakom siffran</source>
        <translation>Patients behind the figure</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-83"/>
        <source>Pausa kallelse</source>
        <translation>Pause recall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pausa till och med</source>
        <translation>Pause until and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa &amp;till:</source>
        <translation>Pause &amp;until:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa till</source>
        <translation>Pause until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. utlandsvistelse, behandlas på annan klinik</source>
        <translation>e.g. a stay abroad, treated at another clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak till pausen</source>
        <translation>Reason for the pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten visas inte i kallelselistan förrän datumet har passerat (se Status: Pausad). Inget tas bort, och pausen kan hävas när som helst. Orsaken sparas så att kollegorna ser varför.</source>
        <translation>The patient is not shown in the recall list until the date has passed (see Status: Paused). Nothing is removed, and the pause can be lifted at any time. The reason is saved so colleagues see why.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pausa</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+122"/>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen fil valdes. Välj var PDF-filen ska sparas.</source>
        <translation>No file was chosen. Choose where to save the PDF file.</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-152"/>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hela &amp;tiden</source>
        <translation>The &amp;whole time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hela tiden loggen omfattar</source>
        <translation>The whole time the log covers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ill:</source>
        <translation>T&amp;o:</translation>
    </message>
</context>
<context>
    <name>PeriodTab</name>
    <message>
        <location line="+219"/>
        <source>Åtkomstloggens poster under perioden</source>
        <translation>The access log&apos;s entries during the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visa</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa periodens poster, {count} åt gången</source>
        <translation>Show the period&apos;s entries, {count} at a time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Föregående si&amp;da</source>
        <translation>Previous pa&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nästa sida</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Poster {first}–{last} under {period} (sida {page}</source>
        <translation>Entries {first}–{last} during {period} (page {page}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, fler finns: Nästa sida).</source>
        <translation>, there are more: Next page).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, den sista).</source>
        <translation>, the last one).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga poster under {period}.</source>
        <translation>No entries during {period}.</translation>
    </message>
</context>
<context>
    <name>PlanningChart</name>
    <message>
        <location filename="../../klinik_app/ui/planning_chart.py" line="+23"/>
        <source>Revisionstid per period</source>
        <translation>Revision time per period</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} perioder från {first}: {hours} timmar revisioner behövs, brist i {shortfalls} av dem.</source>
        <translation>{count} periods from {first}: {hours} hours of revisions needed, short in {shortfalls} of them.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{hours} tim</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/planning.py" line="+43"/>
        <source>Revisionstiderna används i revisionsprognosen och när Klinik föreslår tider. Ledtiden avgör när en remiss senast ska skickas för att specialisten ska hinna före det år patienten fyller 24.</source>
        <translation>The revision times are used in the revision forecast and when Klinik proposes appointments. The lead time decides when a referral must be sent at the latest for the specialist to manage before the year the patient turns 24.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tid för en revisionsundersökning</source>
        <translation>Time for a revision examination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riskgrupp {risk}</source>
        <translation>Risk group {risk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{ages} år</source>
        <translation>{ages} years</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Revisionstid {ages}, riskgrupp {risk}</source>
        <translation>Revision time {ages}, risk group {risk}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Föreslagna tider</source>
        <translation>Proposed appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undvik skoltid för skolbarn</source>
        <translation>Avoid school hours for schoolchildren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skoltiden börjar</source>
        <translation>School starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skoltiden slutar</source>
        <translation>School ends</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skoltid:</source>
        <translation>School hours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Skolålder från</source>
        <translation>School age from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skolålder till</source>
        <translation>School age to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skolålder:</source>
        <translation>School age:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra tid vid tolk</source>
        <translation>Extra time with an interpreter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra tid vid tolk:</source>
        <translation>Extra time with an interpreter:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Specialistens ledtid för en remiss</source>
        <translation>The specialist&apos;s lead time for a referral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledtid {specialty}</source>
        <translation>Lead time {specialty}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Skoltid som undviks</source>
        <translation>School hours avoided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skolålder</source>
        <translation>School age</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>En revisionsundersökning ska ta {low} till {high} minuter. Ändra tiden för {ages} år, riskgrupp {risk} ({minutes} minuter).</source>
        <translation>A revision examination must take {low} to {high} minutes. Change the time for {ages} years, risk group {risk} ({minutes} minutes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skoltiden ska sluta efter att den börjar. Ändra tiderna, eller bocka ur Undvik skoltid för skolbarn.</source>
        <translation>School must end after it starts. Change the times, or untick Avoid school hours for schoolchildren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skolåldern ska ligga mellan {low} och {high} år, och den första åldern ska vara lägre än den andra. Ändra skolåldern.</source>
        <translation>The school age must be between {low} and {high} years, and the first age must be lower than the second. Change the school age.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra tid vid tolk ska vara {low} till {high} minuter. Ändra den.</source>
        <translation>Extra time with an interpreter must be {low} to {high} minutes. Change it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledtiden ska vara mellan 0 och {high} dagar. Ändra den för {specialty}.</source>
        <translation>The lead time must be between 0 and {high} days. Change it for {specialty}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planeringens inställningar</source>
        <translation>Planning settings</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/planning_model.py" line="+117"/>
        <source>{period}, brist</source>
        <translation>{period}, short</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../klinik_app/ui/planning_view.py" line="+91"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa per</source>
        <translation>Show by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+91"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rbetstider …</source>
        <translation>&amp;Working hours …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetstider, ledighet och extra dagar per tandläkare och tandhygienist</source>
        <translation>Working hours, leave and extra days per dentist and dental hygienist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa p&amp;er:</source>
        <translation>Show &amp;by:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig &amp;tandläkare:</source>
        <translation>Responsible de&amp;ntist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listning:</source>
        <translation>&amp;Listing:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revisioner per period</source>
        <translation>Revisions per period</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pro&amp;gnos</source>
        <translation>Fore&amp;cast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Förslag</source>
        <translation>Pr&amp;oposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att &amp;bekräfta</source>
        <translation>&amp;To confirm</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ingen ansvarig tandläkare (R-LI-6)</source>
        <translation>No responsible dentist (R-LI-6)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inga arbetstider är inlagda än, så tiden kan inte jämföras: lägg in dem med Arbetstider …</source>
        <translation>No working hours are entered yet, so the time cannot be compared: enter them with Working hours …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiden räcker alla veckor.</source>
        <translation>The time is enough every week.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiden räcker alla månader.</source>
        <translation>The time is enough every month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brist i 1 vecka ({hours} timmar).</source>
        <translation>Short in 1 week ({hours} hours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i {count} veckor ({hours} timmar).</source>
        <translation>Short in {count} weeks ({hours} hours).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brist i 1 månad ({hours} timmar).</source>
        <translation>Short in 1 month ({hours} hours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i {count} månader ({hours} timmar).</source>
        <translation>Short in {count} months ({hours} hours).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 revision faller ut de kommande 24 månaderna, {overdue} är försenade.</source>
        <translation>1 revision falls due in the next 24 months; {overdue} overdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{due} revisioner faller ut de kommande 24 månaderna, {overdue} är försenade.</source>
        <translation>{due} revisions fall due in the next 24 months; {overdue} overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kapaciteten gäller hela kliniken.</source>
        <translation>The capacity is for the whole clinic.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{period}: hämtar patienterna …</source>
        <translation>{period}: reading the patients …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period}: 1 patient</source>
        <translation>{period}: 1 patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{period}: {count} patienter</source>
        <translation>{period}: {count} patients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}: patienterna kunde inte hämtas just nu.</source>
        <translation>{period}: the patients could not be read just now.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arbetstiderna är sparade. Kapaciteten räknas om.</source>
        <translation>The working hours are saved. The capacity is recalculated.</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="+15"/>
        <location line="+195"/>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslå t&amp;ider</source>
        <translation>Propose t&amp;imes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fl&amp;ytta …</source>
        <translation>&amp;Move …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta b&amp;ort</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boka a&amp;lla som förslag</source>
        <translation>Book a&amp;ll as proposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiderna bokas som föreslagna, inte överenskomna, tills patienten har bekräftat (R-AB-3)</source>
        <translation>The times are booked as proposed, not agreed, until the patient has confirmed (R-AB-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv kall&amp;elser …</source>
        <translation>&amp;Write summons …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser med de bokade tiderna, och hur man bekräftar eller ändrar dem</source>
        <translation>Summons with the booked times, and how to confirm or change them</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period &amp;start:</source>
        <translation>Period &amp;start:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>till och &amp;med:</source>
        <translation>thro&amp;ugh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beha&amp;ndlare:</source>
        <translation>Care&amp;givers:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj period och behandlare och tryck Föreslå tider.</source>
        <translation>Choose a period and caregivers and press Propose times.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslagna tider</source>
        <translation>Proposed appointments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter utan förslag</source>
        <translation>Patients without a proposal</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Undvik s&amp;koltid ({hours}) för skolbarn</source>
        <translation>Avoid school hou&amp;rs ({hours}) for pupils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Föreslår tider …</source>
        <translation>Proposing times …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} förslag ({overdue} försenade först), {missing} utan ledig tid.</source>
        <translation>{count} proposals ({overdue} overdue first), {missing} without a free time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv kallelserna med Skriv kallelser …</source>
        <translation>Write the summons with Write summons …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utan förslag ({count}):</source>
        <translation>Without a proposal ({count}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inga förslag gjordes.</source>
        <translation>No proposals were made.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name}: förslaget flyttat till {when}.</source>
        <translation>{name}: the proposal moved to {when}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} togs bort ur förslagen.</source>
        <translation>{name} was removed from the proposals.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bokar {count} föreslagna tider …</source>
        <translation>Booking {count} proposed times …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spara kallelser med föreslagna tider ({count} patienter)</source>
        <translation>Save summons with proposed times ({count} patients)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriver kallelser …</source>
        <translation>Writing summons …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kallelser</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inga kallelser skrevs.</source>
        <translation>No summons were written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparade i {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
</context>
<context>
    <name>RecallDecisionDialog</name>
    <message>
        <location filename="../../klinik_app/ui/revision_panel.py" line="+372"/>
        <source>Eget datum för nästa revision</source>
        <translation>Own date for the next revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausad kallelse</source>
        <translation>Recall paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa kallelse</source>
        <translation>Pause recall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Det beräknade datumet ändras inte; kallelselistan använder ditt datum i stället. Beräknat: {computed}.</source>
        <translation>The calculated date does not change; the recall list uses your date instead. Calculated: {computed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen revision inom Hälsoval</source>
        <translation>no revision within the dental choice system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eget datum</source>
        <translation>Own date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen kallelse skickas förrän pausen är slut. Kallelsen tas aldrig bort.</source>
        <translation>No summons is sent until the pause is over. The recall is never removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Pausad till {disabled_until}.</source>
        <translation> Paused until {disabled_until}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausa till</source>
        <translation>Pause until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausa &amp;till:</source>
        <translation>Pause &amp;until:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. önskar tid efter jul</source>
        <translation>e.g. wants an appointment after Christmas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t.ex. utlandsvistelse</source>
        <translation>e.g. stay abroad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Orsak (krävs):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pausa</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort eget datum</source>
        <translation>&amp;Remove own date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Häv pausen</source>
        <translation>&amp;Lift the pause</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Eget datum för nästa revision: {date}. Det beräknade datumet finns kvar.</source>
        <translation>Own date for the next revision: {date}. The calculated date is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kallelsen är pausad till {date}.</source>
        <translation>The recall is paused until {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det egna datumet är borttaget. Kallelsen följer det beräknade datumet.</source>
        <translation>The own date is removed. The recall follows the calculated date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausen är hävd.</source>
        <translation>The pause is lifted.</translation>
    </message>
</context>
<context>
    <name>RecallTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/recall_model.py" line="+195"/>
        <source>, försenad</source>
        <translation>, overdue</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../../klinik_app/ui/recall_view.py" line="+184"/>
        <location line="+585"/>
        <source>Kallelser</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snabbval av period. Tre månader: denna och de två följande månaderna.</source>
        <translation>Quick choice of period. Three months: this month and the next two.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisioner som ska vara gjorda senast under perioden.</source>
        <translation>Revisions that must be done by the end of the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta &amp;med försenade</source>
        <translation>&amp;Include overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta med försenade</source>
        <translation>Include overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa också patienter vars revision skulle ha gjorts före periodens början.</source>
        <translation>Also show patients whose revision should have been done before the period starts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Från:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandläkare krävs</source>
        <translation>Dentist required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ja: undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</source>
        <translation>Yes: a dentist must do the examination (R-RV-3, R-RV-4, R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningstyp</source>
        <translation>Listing type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pausade kallelser visas bara under Pausad. Påminnelse ska skickas: kallad för länge sedan, utan svar.</source>
        <translation>Paused recalls are shown under Paused only. Reminder due: summoned long ago, no answer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad mer än, dagar</source>
        <translation>Overdue more than, days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara patienter vars revision är försenad mer än så många dagar: ersättningen (kapiteringen) för dem kan vara i fara. Av = alla.</source>
        <translation>Only patients whose revision is overdue by more than so many days: the capitation for them can be at risk. Off = all.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tand&amp;läkare krävs:</source>
        <translation>Dentist re&amp;quired:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig ta&amp;ndläkare:</source>
        <translation>Responsi&amp;ble dentist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommun:</source>
        <translation>Municipalit&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningst&amp;yp:</source>
        <translation>Listin&amp;g type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;örsenad mer än:</source>
        <translation>Overdue &amp;more than:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kallelselista</source>
        <translation>Recall list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter öppnar patientkortet. Ctrl+A markerar alla, Ctrl+P skriver kallelser för de markerade.</source>
        <translation>Enter opens the patient card. Ctrl+A selects all, Ctrl+P writes summons for the selected.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skr&amp;iv kallelser…</source>
        <translation>&amp;Write summons…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv kallelser</source>
        <translation>Write summons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv kallelsebrev för de markerade patienterna som en PDF, ett brev per hushåll, och registrera dem som kallade (Ctrl+P).</source>
        <translation>Write summons letters for the selected patients as one PDF, one letter per household, and register them as summoned (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bokad</source>
        <translation>Boo&amp;ked</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Markera som bokad</source>
        <translation>Mark as booked</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Patienten har fått en tid.</source>
        <translation>The patient has got an appointment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbö&amp;jt</source>
        <translation>De&amp;clined</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Markera som avböjt</source>
        <translation>Mark as declined</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Patienten (eller vårdnadshavaren) tackar nej.</source>
        <translation>The patient (or guardian) says no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej n&amp;åbar</source>
        <translation>Unr&amp;eachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Markera som ej nåbar</source>
        <translation>Mark as unreachable</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Patienten har inte gått att nå.</source>
        <translation>The patient could not be reached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ej kontaktad</source>
        <translation>&amp;Not contacted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Markera som ej kontaktad</source>
        <translation>Mark as not contacted</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Tillbaka till ej kontaktad, t.ex. när en tid avbokats.</source>
        <translation>Back to not contacted, e.g. when an appointment was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;usa…</source>
        <translation>Pa&amp;use…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa kallelse</source>
        <translation>Pause recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</source>
        <translation>Pause the recall until a date, with a reason (e.g. a stay abroad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;äv paus</source>
        <translation>&amp;Lift pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Häv paus</source>
        <translation>Lift pause</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Häv pausen för de markerade patienterna.</source>
        <translation>Lift the pause for the selected patients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;get datum…</source>
        <translation>Own d&amp;ate…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eget revisionsdatum</source>
        <translation>Own revision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt ett eget datum för en patients revision, med orsak, eller ta bort det. Det beräknade datumet ändras inte.</source>
        <translation>Set an own date for a patient&apos;s revision, with a reason, or remove it. The calculated date does not change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ontakthistorik…</source>
        <translation>Contact &amp;journal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontakthistorik</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla kallelser, påminnelser och ändringar för patienten.</source>
        <translation>Every summons, reminder and change for the patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Öppna patientkortet</source>
        <translation>Open the patient card</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Öppna patientkortet (Enter)</source>
        <translation>Open the patient card (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna den valda patientens patientkort (Enter).</source>
        <translation>Open the chosen patient&apos;s card (Enter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som:</source>
        <translation>Mark as:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Åtgärder för markerade patienter</source>
        <translation>Actions for the selected patients</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boka tid…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Skriv kallelser…</source>
        <translation>Write summons…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausa…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum…</source>
        <translation>Own date…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontakthistorik…</source>
        <translation>Contact history…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Fel: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visas: {count}</source>
        <translation>Shown: {count}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>1 markerad</source>
        <translation>1 selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} markerade</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen markerad</source>
        <translation>None selected</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{who}: markerad som {status}.</source>
        <translation>{who}: marked as {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: markerade som {status}.</source>
        <translation>{who}: marked as {status}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{who}: kallelsen pausad till {date}.</source>
        <translation>{who}: recall paused until {date}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pausen hävd för {patients}.</source>
        <translation>Pause lifted for {patients}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: eget datum borttaget; det beräknade datumet {date} gäller.</source>
        <translation>{name}: own date removed; the calculated date {date} applies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: eget revisionsdatum {date}.</source>
        <translation>{name}: own revision date {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spara kallelser till {patients}</source>
        <translation>Save summons for {patients}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Skriver kallelser till {patients} …</source>
        <translation>Writing summons for {patients} …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sparade i {path}.</source>
        <translation>Saved in {path}.</translation>
    </message>
</context>
<context>
    <name>RecordCopyDialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="-76"/>
        <source>&amp;Mottagare:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdgivarens &amp;namn:</source>
        <translation>Care provider&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivarens &amp;HSA-id:</source>
        <translation>Care provider&apos;s &amp;HSA ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke &amp;givet av:</source>
        <translation>Consent &amp;given by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdnadshavare {name}</source>
        <translation>Guardian {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hu&amp;r:</source>
        <translation>Ho&amp;w:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datum för samtycket:</source>
        <translation>&amp;Date of consent:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhämtat av:</source>
        <translation>Obtained by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skä&amp;l (skyddad identitet):</source>
        <translation>Reaso&amp;n (protected identity):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara även som &amp;FHIR-fil (JSON) bredvid PDF:en</source>
        <translation>Also save as a &amp;FHIR file (JSON) next to the PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Innehåll:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skapa kopia…</source>
        <translation>&amp;Create copy…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vårdnadshavare</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spara journalkopian</source>
        <translation>Save the record copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen fil valdes. Välj var kopian ska sparas.</source>
        <translation>No file was chosen. Choose where to save the copy.</translation>
    </message>
</context>
<context>
    <name>ReferralSteps</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="-100"/>
        <source>Remissen är registrerad som skickad.</source>
        <translation>The referral is recorded as sent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Svaret på remissen är registrerat.</source>
        <translation>The answer to the referral is recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remissen är avslutad.</source>
        <translation>The referral is closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remissen är återkallad.</source>
        <translation>The referral is withdrawn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remisser</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location line="+102"/>
        <source>Remisser som måste skickas snart</source>
        <translation>Referrals that must be sent soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remisser som väntar på svar</source>
        <translation>Referrals waiting for an answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skic&amp;ka…</source>
        <translation>S&amp;end…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera svar…</source>
        <translation>&amp;Record answer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Öppna patienten</source>
        <translation>&amp;Open the patient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remisser som måste skickas &amp;snart (R-RV-9)</source>
        <translation>Referrals that must be sent &amp;soon (R-RV-9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remisser som vän&amp;tar på svar</source>
        <translation>Referrals wai&amp;ting for an answer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remisser</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>RegionCopyDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-51"/>
        <source>Avidentifierad kopia till regionen – {number}</source>
        <translation>De-identified copy for the region – {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Så här ser texten ut som lämnar kliniken. Kontrollera att inget i den kan peka ut en person.</source>
        <translation>This is how the text that leaves the clinic looks. Check that nothing in it can identify a person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texten som skickas till regionen</source>
        <translation>The text sent to the region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spara avidentifierad kopia</source>
        <translation>Save de-identified copy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sparad: {path}. Registrera under Lex Maria när kopian har skickats till regionen.</source>
        <translation>Saved: {path}. Record under Lex Maria when the copy has been sent to the region.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../klinik_app/ui/register_view.py" line="+98"/>
        <source>Sök patient</source>
        <translation>Search patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Pil ned går till listan, Enter öppnar patientkortet.</source>
        <translation>. Arrow down goes to the list, Enter opens the patient card.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sök patient:</source>
        <translation>&amp;Search patient:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patienter</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Alla patienter i namnordning ({patients}).</source>
        <translation>All patients in name order ({patients}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registret är tomt.</source>
        <translation>The register is empty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökresultat: {result}</source>
        <translation>Search results: {result}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>ReminderPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/routines.py" line="-33"/>
        <source>När en kallelse inte har lett till en bokad tid visar kallelselistan att det är dags för en påminnelse. När alla påminnelser har skickats visas det att kliniken bör ringa familjen.</source>
        <translation>When a summons has not led to a booked appointment, the recall list shows that a reminder is due. When all reminders have been sent, it shows that the clinic should call the family.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Påminnelser</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse efter (&amp;dagar):</source>
        <translation>Reminder after (&amp;days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal p&amp;åminnelser:</source>
        <translation>Number of re&amp;minders:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="-78"/>
        <source>Rapportera avvikelse</source>
        <translation>Report a deviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beskriv händelsen utan patientens namn eller personnummer. Du får ett kvitto med avvikelsens nummer.</source>
        <translation>Describe the event without the patient&apos;s name or personal identity number. You get a receipt with the deviation&apos;s number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vad hände:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;När:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;ar:</source>
        <translation>Whe&amp;re:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan par&amp;t:</source>
        <translation>Other par&amp;ty:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivare, kommun eller annan part (när avvikelsen gäller någon annan)</source>
        <translation>Care provider, municipality or other party (when the deviation concerns someone else)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skada:</source>
        <translation>&amp;Harm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Omedelbar åtgärd:</source>
        <translation>&amp;Immediate action:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient (personnummer):</source>
        <translation>&amp;Patient (personal identity number):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frivilligt; syns bara för avvikelsehandläggare</source>
        <translation>Optional; visible only to deviation handlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rapportera</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="+10"/>
        <source>Uppföljningsrapport</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF med diagram</source>
        <translation>PDF with charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV för Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skriv rapporten…</source>
        <translation>&amp;Write the report…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beställare:</source>
        <translation>O&amp;rderer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spara uppföljningsrapporten</source>
        <translation>Save the follow-up report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../klinik_app/ui/backup_dialogs.py" line="+139"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hel</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Säkerhetskopiorna i {folder}, den senaste först.</source>
        <translation>The backups in {folder}, the latest first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finns inga säkerhetskopior ännu. Välj Arkiv → Säkerhetskopiera nu för att göra en.</source>
        <translation>There are no backups yet. Choose File → Back up now to make one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Databasen är återställd från säkerhetskopian från {when}. Klinik öppnar den nu.</source>
        <translation>The database is restored from the backup of {when}. Klinik opens it now.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../klinik_app/ui/retention_dialog.py" line="+30"/>
        <location line="+56"/>
        <source>Gallring av journaler</source>
        <translation>Removal of records</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Journaler vars senaste anteckning är mer än {years} år gammal och som inte är listade. Bocka i de journaler som ska tas bort. Åtkomstloggen sparas ändå.</source>
        <translation>Records whose latest note is more than {years} years old and that are not listed. Tick the records to be removed. The access log is kept anyway.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>t.ex. Årlig granskning, inga pågående ärenden</source>
        <translation>e.g. Yearly review, no open cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv {word}</source>
        <translation>Type {word}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv {word} för att &amp;bekräfta:</source>
        <translation>Type {word} to &amp;confirm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gallra markerade</source>
        <translation>&amp;Remove the ticked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga journaler har passerat lagringstiden.</source>
        <translation>No records have passed the retention period.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kvitto på gallring</source>
        <translation>Receipt for the removal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} journaler har tagits bort {today:%Y-%m-%d}. Gallringen är registrerad med ditt namn och din kommentar, och varje borttagen journal finns kvar i åtkomstloggen.</source>
        <translation>{removed} records were removed on {today:%Y-%m-%d}. The removal is recorded with your name and your comment, and every removed record remains in the access log.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/backup.py" line="+14"/>
        <source>En journal sparas minst tio år efter den senaste anteckningen (patientdatalagen). Gallringen görs av verksamhetschefen under Arkiv → Gallring av journaler; ingenting tas bort automatiskt.</source>
        <translation>A record is kept at least ten years after the latest note (Patient Data Act). The removal is done by the head of clinic under File → Removal of records; nothing is removed automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journalernas lagringstid</source>
        <translation>Retention period for records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagringstid för journaler:</source>
        <translation>&amp;Retention period for records:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bara verksamhetschefen kan ändra lagringstiden.</source>
        <translation>Only the head of clinic can change the retention period.</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../klinik_app/ui/revision_panel.py" line="-318"/>
        <location line="+2"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nästa revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera &amp;undersökning… (Ctrl+E)</source>
        <translation>Register &amp;examination… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera undersökning</source>
        <translation>Register examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera en revisionsundersökning eller tandhälsokontroll (Ctrl+E)</source>
        <translation>Register a revision examination or a dental health check (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;get datum…</source>
        <translation>O&amp;wn date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum för nästa revision</source>
        <translation>Own date for the next revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett eget datum för kallelsen, med orsak. Det beräknade datumet ändras inte.</source>
        <translation>An own date for the recall, with a reason. The calculated date does not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+128"/>
        <source>Pausa &amp;kallelse…</source>
        <translation>Pause &amp;recall…</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Pausa kallelse</source>
        <translation>Pause recall</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</source>
        <translation>Pause the recall until a date, with a reason (e.g. a stay abroad).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undersökningar, senaste först</source>
        <translation>Examinations, latest first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolumnrubriker</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nästa revision:</source>
        <translation>Next revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse:</source>
        <translation>Recall:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Historik:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Revisionsuppgifterna kunde inte läsas: {error}</source>
        <translation>The revision details could not be read: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Varning: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Häv pau&amp;s…</source>
        <translation>Lift pau&amp;se…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Häv pausen</source>
        <translation>Lift the pause</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="-43"/>
        <source>, datumet har passerat</source>
        <translation>, the date has passed</translation>
    </message>
</context>
<context>
    <name>RuleSetPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/clinic.py" line="+13"/>
        <source>Regionens regelverk för Hälsoval tandvård: målgruppens åldrar, revisionsintervall, listning och uteblivanden räknas efter det. Byt bara när kliniken går över till en annan regions uppdrag.</source>
        <translation>The region&apos;s rule set for the dental choice system: the target group&apos;s ages, revision intervals, listing and absences are calculated from it. Change it only when the clinic moves to another region&apos;s contract.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regelverk</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regelverk:</source>
        <translation>&amp;Rule set:</translation>
    </message>
</context>
<context>
    <name>SendReferralDialog</name>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="+11"/>
        <source>Skicka remiss</source>
        <translation>Send referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss för {patient_name} ({specialty}). Vart och när skickades den?</source>
        <translation>Referral for {patient_name} ({specialty}). Where and when was it sent?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mottagande klinik:</source>
        <translation>&amp;Receiving clinic:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kickad:</source>
        <translation>S&amp;ent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera skickad</source>
        <translation>&amp;Record as sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../klinik_app/ui/session.py" line="+27"/>
        <source>{name} ({count} roller)</source>
        <translation>{name} ({count} roles)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Personal och behörigheter…</source>
        <translation>&amp;Staff and permissions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalens konton, roller och lösenord (administratör)</source>
        <translation>The staff&apos;s accounts, roles and passwords (administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B&amp;yt lösenord…</source>
        <translation>C&amp;hange password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås &amp;skärmen</source>
        <translation>Lock the &amp;screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dölj patientuppgifterna tills du skriver ditt lösenord</source>
        <translation>Hide the patient details until you type your password</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inloggad: {user}</source>
        <translation>Logged in: {user}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/settings_dialog.py" line="+60"/>
        <location line="+1"/>
        <location line="+105"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Inställningssidor</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alla ändrade sidor och stäng (Enter)</source>
        <translation>Save all changed pages and close (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng utan att spara (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Inställningarna är sparade: {pages}.</source>
        <translation>The settings are saved: {pages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparat: {pages}. </source>
        <translation>Saved: {pages}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{saved}{page}: {reason}</source>
        <translation>{saved}{page}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ändringarna på {pages} är inte sparade. Vill du stänga utan att spara dem?</source>
        <translation>The changes on {pages} are not saved. Do you want to close without saving them?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inst&amp;ällningar…</source>
        <translation>Sett&amp;ings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kliniken och brevhuvudet, regelverk, regionens tjänst, säkerhetskopior, påminnelser, skärmlås, planering, taxor och språk</source>
        <translation>The clinic and letterhead, rule set, the region&apos;s service, backups, reminders, screen lock, planning, fee schedules and language</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Klinik: {name}</source>
        <translation>Clinic: {name}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/base.py" line="+86"/>
        <source>Uppgifterna som sparats visas nu.</source>
        <translation>The saved details are shown now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingenting sparades på den här sidan. Det du skrev finns kvar.</source>
        <translation>Nothing on this page was saved. What you typed is still there.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/help_dialogs.py" line="-97"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allt i Klinik går att göra med tangentbordet:</source>
        <translation>Everything in Klinik can be done with the keyboard:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tangent</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gör</source>
        <translation>Does</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kolumnrubriker</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="-107"/>
        <source>Personal och behörigheter</source>
        <translation>Staff and permissions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalkonton</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nytt konto…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ändra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås &amp;upp kontot</source>
        <translation>&amp;Unlock the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Häv en spärr efter för många felaktiga lösenord</source>
        <translation>Lift a lock after too many wrong passwords</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Kontot {hsa} är sparat.</source>
        <translation>The account {hsa} is saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kontot {hsa_id} är upplåst.</source>
        <translation>The account {hsa_id} is unlocked.</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <location filename="../../klinik_app/ui/sync_conflict.py" line="+74"/>
        <location line="+115"/>
        <source> för {patient}</source>
        <translation> for {patient}</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Konflikt: {kind}{who}</source>
        <translation>Conflict: {kind}{who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meaning}

Markerade rader (≠, fetstil) skiljer sig mellan klinikens och regionens version.</source>
        <translation>{meaning}

Marked rows (≠, bold) differ between the clinic&apos;s and the region&apos;s version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klinikens och regionens version, uppgift för uppgift</source>
        <translation>The clinic&apos;s and the region&apos;s version, detail by detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uppgift</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klinikens version</source>
        <translation>The clinic&apos;s version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regionens version</source>
        <translation>The region&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠: uppgiften skiljer sig</source>
        <translation>≠: the detail differs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hämtar regionens version …</source>
        <translation>Fetching the region&apos;s version …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skicka &amp;igen utifrån regionens version</source>
        <translation>Send &amp;again based on the region&apos;s version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändringen skickas vid nästa synkronisering och gäller då regionens nuvarande version.</source>
        <translation>The change is sent at the next synchronisation and then applies to the region&apos;s current version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dra tillbaka vår ändring</source>
        <translation>&amp;Withdraw our change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens version gäller; vår ändring skickas aldrig.</source>
        <translation>The region&apos;s version applies; our change is never sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Behåll till senare</source>
        <translation>&amp;Keep for later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingenting ändras; konflikten ligger kvar i listan.</source>
        <translation>Nothing changes; the conflict stays in the list.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>skiljer sig</source>
        <translation>differs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lika</source>
        <translation>same</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Regionens nuvarande version är hämtad. Välj om vår ändring ska skickas igen utifrån den, dras tillbaka eller vänta.</source>
        <translation>The region&apos;s current version has been fetched. Choose whether our change is sent again based on it, withdrawn, or waits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringen kan inte skickas om utifrån regionens version (regionen visar ingen version av den för kliniken). Dra tillbaka den, eller behåll den till senare.</source>
        <translation>The change cannot be resent based on the region&apos;s version (the region shows no version of it to the clinic). Withdraw it, or keep it for later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regionens version kunde inte hämtas: {error}</source>
        <translation>The region&apos;s version could not be fetched: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skickas igen utifrån regionens version vid nästa synkronisering</source>
        <translation>is sent again based on the region&apos;s version at the next synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>är tillbakadragen och skickas inte till regionen</source>
        <translation>is withdrawn and not sent to the region</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/sync.py" line="+31"/>
        <source>Klinikens anslutning till regionens listningstjänst. Certifikatfilerna ska finnas på samma sökväg på varje arbetsstation som synkroniserar.</source>
        <translation>The clinic&apos;s connection to the region&apos;s listing service. The certificate files must be at the same path on every workstation that synchronises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionens listningstjänst</source>
        <translation>The region&apos;s listing service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress (&amp;https://):</source>
        <translation>Address (&amp;https://):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klientcertifikat:</source>
        <translation>&amp;Client certificate:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj klientcertifikat</source>
        <translation>Choose client certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;yckel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj nyckel till klientcertifikatet</source>
        <translation>Choose the key for the client certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens &amp;CA:</source>
        <translation>The &amp;region&apos;s CA:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj regionens CA-certifikat</source>
        <translation>Choose the region&apos;s CA certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka a&amp;utomatiskt var:</source>
        <translation>Sync a&amp;utomatically every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testa anslutningen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fråga regionen med uppgifterna ovan (de behöver inte vara sparade).</source>
        <translation>Ask the region with the details above (they need not be saved).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sökväg till PEM-fil</source>
        <translation>Path to a PEM file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra: {field}</source>
        <translation>Browse: {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certifikat och nycklar (*.pem *.crt *.cer *.key);;Alla filer (*)</source>
        <translation>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Automatisk synkronisering är av.</source>
        <translation>Automatic synchronisation is off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synkroniserar automatiskt med 1 minuts mellanrum.</source>
        <translation>Synchronises automatically every minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synkroniserar automatiskt med {n} minuters mellanrum.</source>
        <translation>Synchronises automatically every {n} minutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frågar regionen …</source>
        <translation>Asking the region …</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../klinik_app/ui/sync_panel.py" line="+310"/>
        <source>Regionen: läget kunde inte läsas</source>
        <translation>Region: the state could not be read</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Synkroniseringen pågår redan.</source>
        <translation>The synchronisation is already in progress.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synkroniseringen är inte inställd: ange adressen till regionens listningstjänst under Arkiv → Synkinställningar.</source>
        <translation>Synchronisation is not set up: enter the address of the region&apos;s listing service under File → Sync settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regionen: synkroniserar …</source>
        <translation>Region: synchronising …</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location line="-210"/>
        <location line="+1"/>
        <source>Ändringar som behöver åtgärd</source>
        <translation>Changes that need attention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ändringar som behöver åtgärd och konflikter</source>
        <translation>Changes that need attention, and conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läge</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vad det betyder</source>
        <translation>What it means</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skicka &amp;igen</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg tillbaka ändringen i kön; den skickas vid nästa synkronisering (rätta uppgiften först).</source>
        <translation>Put the change back in the queue; it is sent at the next synchronisation (correct the detail first).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dra tillbaka</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort ändringen ur kön: den skickas aldrig till regionen.</source>
        <translation>Remove the change from the queue: it is never sent to the region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Jämför med regionen…</source>
        <translation>&amp;Compare with the region…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa klinikens och regionens version sida vid sida och välj (konflikter).</source>
        <translation>Show the clinic&apos;s and the region&apos;s version side by side and choose (conflicts).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Inga ändringar behöver åtgärd.</source>
        <translation>No changes need attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ändring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} ändringar</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> har inte tagits emot av regionen. Rätta uppgiften och välj Skicka igen, eller Dra tillbaka om ändringen inte ska skickas.</source>
        <translation> not accepted by the region. Correct the detail and choose Send again, or Withdraw if the change is not to be sent.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>läggs tillbaka i kön och skickas vid nästa synkronisering</source>
        <translation>is put back in the queue and sent at the next synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>är tillbakadragen och skickas inte till regionen</source>
        <translation>is withdrawn and not sent to the region</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> för {patient}</source>
        <translation> for {patient}</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location line="-169"/>
        <source>Synkroniseringen med regionens listningssystem. Klicka för ändringar som behöver åtgärd.</source>
        <translation>The synchronisation with the region&apos;s listing system. Click for changes that need attention.</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="+58"/>
        <source>Visa alla &amp;rollers uppgifter</source>
        <translation>Show every &amp;role&apos;s tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppna uppgifter</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uppgiften</source>
        <translation>The task</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv ut &amp;brevet…</source>
        <translation>Print the &amp;letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markera brevet skickat…</source>
        <translation>&amp;Mark the letter sent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluta om &amp;orosanmälan…</source>
        <translation>Decide on a report of c&amp;oncern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa &amp;journalkopia…</source>
        <translation>Create a record &amp;copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke &amp;gavs inte…</source>
        <translation>Consent &amp;not given…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uteblivande&amp;statistik…</source>
        <translation>Absence &amp;statistics…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erbjud ny tid</source>
        <translation>Offer a new time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Uppgifter</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erbjud ny tid (uteblivna patienter utan ny tid, R-AB-2)</source>
        <translation>Offer a n&amp;ew time (no-shows without a new time, R-AB-2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inga öppna uppgifter.</source>
        <translation>No open tasks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spara brevet om uteblivna besök</source>
        <translation>Save the letter about missed visits</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brevet är sparat: {path}. Markera brevet skickat när det har gått iväg.</source>
        <translation>The letter is saved: {path}. Mark the letter sent once it has gone out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} brev är sparade: {path}. Markera brevet skickat när det har gått iväg.</source>
        <translation>{count} letters are saved: {path}. Mark the letter sent once it has gone out.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uppgiften är avslutad.</source>
        <translation>The task is closed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bedömning: barn som far illa</source>
        <translation>Assessment: child at risk</translation>
    </message>
</context>
<context>
    <name>TreatmentsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/treatments_dialog.py" line="+46"/>
        <source>Behandlingar vid </source>
        <translation>Treatments at </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akutbesöket</source>
        <translation>the emergency visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>besöket</source>
        <translation>the visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrerade behandlingar</source>
        <translation>Recorded treatments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv koden eller början på namnet</source>
        <translation>Type the code or the start of the name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} – {name} ({price} kr)</source>
        <translation>{code} – {name} ({price} SEK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – {code} ({price} kr)</source>
        <translation>{name} – {code} ({price} SEK)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FDI, t.ex. 36 (tomt om ingen tand)</source>
        <translation>FDI, e.g. 36 (empty if no tooth)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärds&amp;kod:</source>
        <translation>Treatment &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;and:</source>
        <translation>T&amp;ooth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Caregiver:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priser enligt {name}.</source>
        <translation>Prices according to {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {price} kr</source>
        <translation>{name}: SEK {price}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tandnumret ska vara siffror enligt FDI, till exempel 36.</source>
        <translation>The tooth number must be digits according to FDI, for example 36.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../klinik_app/ui/trend_chart.py" line="+84"/>
        <source>Utveckling per månad</source>
        <translation>Development per month</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{month}: inget att mäta</source>
        <translation>{month}: nothing to measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} till {last}. {latest}. Lägst {lowest}, högst {highest}.</source>
        <translation>{first} to {last}. {latest}. Lowest {lowest}, highest {highest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Mål {target}.</source>
        <translation> Target {target}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mål {target}</source>
        <translation>Target {target}</translation>
    </message>
</context>
<context>
    <name>UnconfirmedPanel</name>
    <message>
        <location filename="../../klinik_app/ui/unconfirmed_panel.py" line="+28"/>
        <source>Att bekräfta</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be&amp;kräfta …</source>
        <translation>Co&amp;nfirm …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tider f&amp;ramåt:</source>
        <translation>Times &amp;ahead:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ring</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obekräftade tider</source>
        <translation>Unconfirmed times</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inga obekräftade tider de närmaste {days} dagarna.</source>
        <translation>No unconfirmed times in the next {days} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tid är bara föreslagen de närmaste {days} dagarna: ring och bekräfta den, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</source>
        <translation>1 time in the next {days} days is only proposed: call and confirm it, or rebook. A time that is not confirmed gives no fee if the patient does not come (R-AB-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} tider är bara föreslagna de närmaste {days} dagarna: ring och bekräfta dem, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</source>
        <translation>{count} times in the next {days} days are only proposed: call and confirm them, or rebook. A time that is not confirmed gives no fee if the patient does not come (R-AB-3).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: tiden är bekräftad.</source>
        <translation>{name}: the time is confirmed.</translation>
    </message>
</context>
<context>
    <name>UnmarkedDialog</name>
    <message>
        <location filename="../../klinik_app/ui/unmarked_times.py" line="+85"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 tid att markera.</source>
        <translation>1 appointment to mark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} tider att markera.</source>
        <translation>{n} appointments to mark.</translation>
    </message>
</context>
<context>
    <name>UserTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-80"/>
        <source>Användarens poster i åtkomstloggen</source>
        <translation>The user&apos;s entries in the access log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nvändare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läser användarna i loggen …</source>
        <translation>Reading the users in the log …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visa poster</source>
        <translation>&amp;Show entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa användarens poster under perioden</source>
        <translation>Show the user&apos;s entries during the period</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj en användare</source>
        <translation>Choose a user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loggen har inga poster</source>
        <translation>The log has no entries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– välj först en användare</source>
        <translation>– choose a user first</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>av {who} ({period})</source>
        <translation>by {who} ({period})</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+31"/>
        <source>Patientsäkerhetsberättelse</source>
        <translation>Patient safety report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berättelsen för ett år skrivs ur avvikelseregistret och ska vara klar senast 1 mars.</source>
        <translation>The report for a year is written from the deviation register and must be done by 1 March.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>_EntriesTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-171"/>
        <source>Inga poster {what}.</source>
        <translation>No entries {what}.</translation>
    </message>
</context>
<context>
    <name>_Value</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="-210"/>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>absence_stats_view</name>
    <message>
        <location filename="../../klinik_app/ui/absence_stats_view.py" line="-54"/>
        <source>Period eller grupp</source>
        <translation>Period or group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskomna tider</source>
        <translation>Agreed appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sena avbokningar</source>
        <translation>Late cancellations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter (kr)</source>
        <translation>Fees (SEK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nya tider i tid</source>
        <translation>New appointments in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden räknas enligt R-AB-6: överenskommen tid, listad patient, inte akut. Ålder = den ålder patienten fyller under året. Nya tider i tid: ny tid bokad före tidsgränsen (R-AB-2).</source>
        <translation>Absences are counted according to R-AB-6: agreed appointment, listed patient, not an emergency. Age = the age the patient turns during the year. New appointments in time: a new appointment booked before the time limit (R-AB-2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{reoffered} av {reoffer_due} ({share})</source>
        <translation>{reoffered} of {reoffer_due} ({share})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hela perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder {ages}</source>
        <translation>Age {ages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ: {kind}</source>
        <translation>Type: {kind}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../klinik_app/ui/app.py" line="+65"/>
        <source>okända argument: </source>
        <translation>unknown arguments: </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Klinik kunde inte starta: {message}. Kör &apos;klinik --help&apos; för att se vad som går att ange.</source>
        <translation>Klinik could not start: {message}. Run &apos;klinik --help&apos; to see what can be given.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Klinik har redan databasen {path} öppen. Byt till det fönstret.</source>
        <translation>Klinik already has the database {path} open. Switch to that window.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Databasen kunde inte öppnas.

{message}

({database})</source>
        <translation>The database could not be opened.

{message}

({database})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Databasen kunde inte läsas.

{error}

({database})</source>
        <translation>The database could not be read.

{error}

({database})</translation>
    </message>
</context>
<context>
    <name>appointment_actions</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_actions.py" line="-67"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisionen är genomförd. Registrera undersökningen nu?</source>
        <translation>The revision is done. Register the examination now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skicka skriftlig information till patienten (R-AB-4)</source>
        <translation>send written information to the patient (R-AB-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tandläkarens bedömning av barnets uteblivanden (R-AB-5)</source>
        <translation>the dentist&apos;s assessment of the child&apos;s absences (R-AB-5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uteblivandeavgift {fee} kr tas ut: {reason}</source>
        <translation>An absence fee of SEK {fee} is charged: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen uteblivandeavgift: {reason}</source>
        <translation>No absence fee: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen uteblivandeavgift tas ut.</source>
        <translation>No absence fee is charged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny tid ska erbjudas senast {reoffer_by} (R-AB-2).</source>
        <translation>A new appointment must be offered by {reoffer_by} (R-AB-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny uppgift på Att göra: {task}.</source>
        <translation>New task in To do: {task}.</translation>
    </message>
</context>
<context>
    <name>appointment_book</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_book.py" line="-515"/>
        <source>Alla behandlare</source>
        <translation>All caregivers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen behandlare</source>
        <translation>No caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget rum</source>
        <translation>No room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen behandlare att visa. Lägg upp personal med vårdroll (Arkiv → Personal) eller välj Per rum.</source>
        <translation>No caregiver to show. Add staff with a care role (File → Staff) or choose By room.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj en tid med piltangenterna.</source>
        <translation>Choose an appointment with the arrow keys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piltangenter: flytta · PgUp/PgDn: föregående/nästa dag (vecka i veckovyn) · Ctrl+T: i dag · Enter: öppna · Insert: ny tid · G: genomförd · U: uteblev · B: bekräfta överenskommelse · T: behandlingar · Delete: avboka · Shift+F10: meny</source>
        <translation>Arrow keys: move · PgUp/PgDn: previous/next day (week in the week view) · Ctrl+T: today · Enter: open · Insert: new appointment · G: attended · U: no-show · B: confirm agreement · T: treatments · Delete: cancel · Shift+F10: menu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bokad, överenskommen</source>
        <translation>Booked, agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokad, endast föreslagen (streckad ram)</source>
        <translation>Booked, only proposed (dashed frame)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblev</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vecka {week}, {first} – {last}</source>
        <translation>Week {week}, {first} – {last}</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>Tidbok</source>
        <translation>Appointment book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tidbok</source>
        <translation>&amp;Appointment book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidboken per dag eller vecka: boka, flytta, avboka och markera utfall</source>
        <translation>The appointment book by day or week: book, move, cancel and mark outcomes</translation>
    </message>
</context>
<context>
    <name>appointment_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-126"/>
        <source>Ingen – endast föreslagen</source>
        <translation>Nobody – proposed only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen vald</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget rum</source>
        <translation>No room</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Patienten</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdnadshavare {name}</source>
        <translation>Guardian {name}</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingenting sparades. Det du valt finns kvar.</source>
        <translation>Nothing was saved. What you chose is still there.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Kliniken avbokar: räknas inte som patientens avbokning.</source>
        <translation>The clinic cancels: does not count as the patient&apos;s cancellation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas som uteblivande och kan ge avgift om tiden var överenskommen.</source>
        <translation>Late cancellation: less than {hours} hours before the appointment. It counts as an absence and can lead to a fee if the time was agreed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas inte som uteblivande enligt regelverket.</source>
        <translation>Late cancellation: less than {hours} hours before the appointment. The rule set does not count it as an absence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I god tid (minst {hours} timmar före tiden): ingen avgift.</source>
        <translation>In good time (at least {hours} hours before the appointment): no fee.</translation>
    </message>
</context>
<context>
    <name>appointment_grid</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="-173"/>
        <source>Endast föreslagen</source>
        <translation>Only proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{status} (föreslagen)</source>
        <translation>{status} (proposed)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tolk: {language}</source>
        <translation>Interpreter: {language}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anteckning: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+83"/>
        <source>{day}, i dag</source>
        <translation>{day}, today</translation>
    </message>
</context>
<context>
    <name>archive_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/archive_dialogs.py" line="+22"/>
        <source>Klinikarkiv</source>
        <translation>Clinic archive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj var klinikarkivet ska sparas</source>
        <translation>Choose where to save the clinic archive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> Förvara arkivet lika säkert som journalerna.</source>
        <translation> Keep the archive as safely as the records.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporterar klinikarkivet …</source>
        <translation>Exporting the clinic archive …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj klinikarkivets mapp (den med manifest.json)</source>
        <translation>Choose the clinic archive&apos;s folder (the one with manifest.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny databasfil för klinikarkivet</source>
        <translation>New database file for the clinic archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klinikdatabas (*.sqlite)</source>
        <translation>Clinic database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{target} finns redan. Ett klinikarkiv läses bara in i en ny databasfil; välj ett namn som inte används.</source>
        <translation>{target} already exists. A clinic archive is read only into a new database file; choose a name that is not in use.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{result} Den nya databasen är {target}. Öppna den genom att starta Klinik med: klinik --db &quot;{target}&quot;</source>
        <translation>{result} The new database is {target}. Open it by starting Klinik with: klinik --db &quot;{target}&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Läser in klinikarkivet …</source>
        <translation>Reading the clinic archive …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Exportera klinikarkiv…</source>
        <translation>&amp;Export clinic archive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hela databasen i öppna format (tabeller, CSV, FHIR) med kontrollsummor</source>
        <translation>The whole database in open formats (tables, CSV, FHIR) with checksums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Importera klinikarkiv…</source>
        <translation>&amp;Import clinic archive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läs in ett klinikarkiv i en ny, tom databasfil</source>
        <translation>Read a clinic archive into a new, empty database file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gallring av journaler…</source>
        <translation>&amp;Removal of records…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journaler som passerat lagringstiden: granska och bekräfta (R-SE-3)</source>
        <translation>Records past the retention period: review and confirm (R-SE-3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Gallring av journaler… (granskningen för {due} ska göras)</source>
        <translation>&amp;Removal of records… (the review for {due} is due)</translation>
    </message>
</context>
<context>
    <name>area_clinics_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/area_clinics_dialog.py" line="-39"/>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer börjar på</source>
        <translation>Postcode starts with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSA-id</source>
        <translation>HSA ID</translation>
    </message>
</context>
<context>
    <name>audit_review</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-162"/>
        <source>Loggkontroll</source>
        <translation>Access log review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 post</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} poster</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sara Berg (SE2321000222-T0001), Tandläkare</source>
        <translation>Sara Berg (SE2321000222-T0001), Dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läste uppgifter: kallelse till revision</source>
        <translation>Read details: summons for a revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förnamn Efternamn, 20150310-2343</source>
        <translation>First name Last name, 20150310-2343</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>hela tiden</source>
        <translation>the whole time</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/backup_dialogs.py" line="-154"/>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Säkerhetskopian är gjord och kontrollerad:
{path}</source>
        <translation>The backup is made and checked:
{path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Den automatiska säkerhetskopian kunde inte göras. Databasen är oförändrad.

{message}</source>
        <translation>The automatic backup could not be made. The database is unchanged.

{message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen ersätts med säkerhetskopian från {when} ({label_text}). Allt som har sparats efter {when} går förlorat: nya och ändrade patienter, listningar, undersökningar och kallelser. Den nuvarande databasen sparas först som en egen säkerhetskopia.</source>
        <translation>The database is replaced with the backup from {when} ({label_text}). Everything saved after {when} is lost: new and changed patients, listings, examinations and summonses. The current database is first saved as a backup of its own.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{intro}{loss}

Vill du återställa?</source>
        <translation>{intro}{loss}

Do you want to restore?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Databasfilen {path} är skadad och kan inte öppnas.

</source>
        <translation>The database file {path} is damaged and cannot be opened.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Databasen är återställd från säkerhetskopian från {when}. Klinik startar nu.</source>
        <translation>The database is restored from the backup of {when}. Klinik starts now.</translation>
    </message>
</context>
<context>
    <name>capacity_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/capacity_dialog.py" line="-226"/>
        <source>Ledighet eller frånvaro</source>
        <translation>Leave or absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra arbetsdag</source>
        <translation>Extra working day</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{kind} {days}, {start}–{end}, {percent} % revisioner</source>
        <translation>{kind} {days}, {start}–{end}, {percent} % revisions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{day}, börjar</source>
        <translation>{day}, starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, slutar</source>
        <translation>{day}, ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, andel revisioner</source>
        <translation>{day}, share of revisions</translation>
    </message>
</context>
<context>
    <name>changed_elsewhere</name>
    <message>
        <location filename="../../klinik_app/ui/changed_elsewhere.py" line="-92"/>
        <source>Ändrat på en annan arbetsstation</source>
        <translation>Changed on another workstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behåll det sparade</source>
        <translation>&amp;Keep the saved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;mitt ändå</source>
        <translation>Save &amp;mine anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditt värde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skiljer sig</source>
        <translation>differs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Din ändring sparades inte: det som sparats på den andra arbetsstationen gäller.</source>
        <translation>Your change was not saved: what was saved on the other workstation applies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>av {by}</source>
        <translation>by {by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sparat nu{who}{when}</source>
        <translation>Saved now{who}{when}</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/absence.py" line="+261"/>
        <location filename="../../klinik_app/services/appointments.py" line="+465"/>
        <location filename="../../klinik_app/services/listing.py" line="+134"/>
        <location filename="../../klinik_app/services/recall.py" line="+178"/>
        <location filename="../../klinik_app/services/referrals.py" line="+217"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socialkontor</source>
        <translation>Social services office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/accounts.py" line="+84"/>
        <source>Lås skärmen efter (minuter)</source>
        <translation>Lock the screen after (minutes)</translation>
    </message>
    <message>
        <location line="+175"/>
        <location filename="../../klinik_app/services/orderers.py" line="+36"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yrkesroll</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontot är aktivt</source>
        <translation>The account is active</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/appointments.py" line="-2"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Längd (minuter)</source>
        <translation>Length (minutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/listing_stop.py" line="+90"/>
        <location filename="../../klinik_app/services/orderers.py" line="+3"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/area_clinics.py" line="+26"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/orderers.py" line="-2"/>
        <source>HSA-id</source>
        <translation>HSA-ID</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/backup.py" line="+56"/>
        <source>Mapp för säkerhetskopior</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara kopior (dagar)</source>
        <translation>Keep copies (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alltid de senaste (antal)</source>
        <translation>Always keep the latest (number)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/clinic.py" line="+43"/>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens namn</source>
        <translation>The clinic&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelverk</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing.py" line="+1"/>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/recall.py" line="+3"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_stop.py" line="-2"/>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till och med</source>
        <translation>Valid up to and including</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/orderers.py" line="+1"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nära-marginal</source>
        <translation>Near margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/treatments.py" line="+232"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patients.py" line="+362"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk behövs</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall.py" line="-112"/>
        <source>Påminnelse efter (dagar)</source>
        <translation>Reminder after (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal påminnelser</source>
        <translation>Number of reminders</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Eget datum</source>
        <translation>Own date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausad till</source>
        <translation>Paused until</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/referrals.py" line="+1"/>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar mottaget</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/retention.py" line="+56"/>
        <source>Lagringstid för journaler (år)</source>
        <translation>Retention period for records (years)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/sync.py" line="+397"/>
        <source>Adress till listningstjänsten</source>
        <translation>Address of the listing service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientcertifikat</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nyckel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens CA</source>
        <translation>The region&apos;s CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka automatiskt var (minuter)</source>
        <translation>Sync automatically every (minutes)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/treatments.py" line="+1"/>
        <source>Tand</source>
        <translation>Tooth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagen</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>child_at_risk_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/child_at_risk_dialog.py" line="-48"/>
        <source>inga registrerade</source>
        <translation>none registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblivna överenskomna tider: {times}</source>
        <translation>Missed agreed appointments: {times}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ålder vid senaste uteblivandet: {age_at_latest} år</source>
        <translation>Age at the latest absence: {age_at_latest} years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppnad {opened_on}</source>
        <translation>Opened {opened_on}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, senast {due_on}</source>
        <translation>, by {due_on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut: {decision}</source>
        <translation>Decision: {decision}</translation>
    </message>
</context>
<context>
    <name>dashboard_model</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_model.py" line="-184"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 månader</source>
        <translation>24 months</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inget mål</source>
        <translation>No target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läses in …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>medel av {count} månadsskiften</source>
        <translation>average of {count} month ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} undersökta</source>
        <translation>{count} examined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} besvarade</source>
        <translation>{count} answered</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{numerator} av {denominator}</source>
        <translation>{numerator} of {denominator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vid ett månadsskifte</source>
        <translation>at one month end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n = {denominator}</source>
        <translation>n = {denominator}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Täljare</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nämnare</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undantag</source>
        <translation>Exclusions</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="-87"/>
        <source>Beräknar indikatorerna …</source>
        <translation>Calculating the indicators …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikatorerna kunde inte beräknas just nu. Försök igen med Uppdatera.</source>
        <translation>The indicators could not be calculated just now. Try again with Refresh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen beställare inlagd: målen visas när beställare och mål finns.</source>
        <translation>No orderer entered: the targets are shown when an orderer and targets exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga enskilda patienter ligger bakom den här siffran.</source>
        <translation>No individual patients lie behind this figure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siffran räknar avvikelser, inte enskilda patienter: det finns ingen patientlista bakom den.</source>
        <translation>The figure counts deviations, not individual patients: there is no patient list behind it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uppgift</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year} (till och med {day})</source>
        <translation>{year} (up to and including {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{patients}. Enter öppnar patientkortet.</source>
        <translation>{patients}. Enter opens the patient card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <location line="+378"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppföljning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indikatorerna mot beställarens mål, trender och patienterna bakom siffrorna</source>
        <translation>The indicators against the orderer&apos;s targets, trends and the patients behind the figures</translation>
    </message>
</context>
<context>
    <name>deviations_view</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_view.py" line="-471"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skada</source>
        <translation>Harm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vad hände</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Annan part</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar senast</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad: svaret till den andra parten eller en åtgärd har passerat sitt datum.</source>
        <translation>Overdue: the answer to the other party or an action has passed its date.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Kategori: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skada: {harm}</source>
        <translation>Harm: {harm}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inträffade {occurred_on} i/vid {place}; rapporterad {reported_on} av {reporter}</source>
        <translation>Occurred {occurred_on} at {place}; reported {reported_on} by {reporter}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vad hände: {what}</source>
        <translation>What happened: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Omedelbar åtgärd: {immediate_action}</source>
        <translation>Immediate action: {immediate_action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient: {patient}</source>
        <translation>Patient: {patient}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utredare: {investigator}</source>
        <translation>Investigator: {investigator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> – uppföljd: {outcome}</source>
        <translation> – followed up: {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – FÖRSENAD</source>
        <translation> – OVERDUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd {n}: {description} ({owner}, senast {due_on}){done}</source>
        <translation>Action {n}: {description} ({owner}, by {due_on}){done}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Svar senast {answer_due}</source>
        <translation>Answer by {answer_due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – SVAR SAKNAS</source>
        <translation> – ANSWER MISSING</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lärdom: {lesson}</source>
        <translation>Lesson: {lesson}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelser:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anmäld till IVO {sent_on} ({channel})</source>
        <translation>reported to IVO {sent_on} ({channel})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inte anmäld till IVO än</source>
        <translation>not reported to IVO yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; kvar: </source>
        <translation>; remaining: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; klar</source>
        <translation>; complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lex Maria: {sent}, anmälningsansvarig {reporter}{left}.</source>
        <translation>Lex Maria: {sent}, appointed reporter {reporter}{left}.</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avvikelser</source>
        <translation>&amp;Deviations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvikelseregistret: rapportera, utred och följ upp avvikelser</source>
        <translation>The deviation register: report, investigate and follow up deviations</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-94"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../klinik_app/ui/domain_texts.py" line="+65"/>
        <source>Eget val</source>
        <translation>Own choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icke-val</source>
        <translation>Assigned (non-choice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutad</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrerad</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>På plats</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-tjänst</source>
        <translation>E-service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omval till annan klinik</source>
        <translation>Re-choice of another clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget val av samma klinik</source>
        <translation>Own choice of the same clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utflyttad från länet</source>
        <translation>Moved out of the county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avliden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åldersgräns (året patienten fyller 23 har passerat)</source>
        <translation>Age limit (the year the patient turns 23 has passed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omflyttad inom länet (icke-val)</source>
        <translation>Moved within the county (non-choice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Felregistrering</source>
        <translation>Registered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IVO:s e-tjänst</source>
        <translation>IVO&apos;s e-service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säker e-post</source>
        <translation>Secure e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>karies</source>
        <translation>caries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parodontit</source>
        <translation>periodontitis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allmän</source>
        <translation>general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teknisk</source>
        <translation>technical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsklinik</source>
        <translation>Listing clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områdesansvarig klinik</source>
        <translation>Clinic with area responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare okänd</source>
        <translation>Payer unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor i länet</source>
        <translation>Lives in the county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folkbokförd i länet, vistas tillfälligt utanför</source>
        <translation>Registered in the county, temporarily staying outside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor i ett annat län, vistas här</source>
        <translation>Lives in another county, staying here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppfyllt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nära</source>
        <translation>Near</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej uppfyllt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade patienter, val</source>
        <translation>Listed patients, choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade patienter, icke-val</source>
        <translation>Listed patients, non-choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel undersökta inom sitt intervall</source>
        <translation>Share examined within their interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenade revisioner</source>
        <translation>Overdue revisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner försenade mer än 90 dagar</source>
        <translation>Revisions overdue by more than 90 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första undersökning året patienten fyller 3</source>
        <translation>First examination in the year the patient turns 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivandefrekvens</source>
        <translation>Absence rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivandeavgifter</source>
        <translation>Absence fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny tid erbjuden i tid efter uteblivande</source>
        <translation>New appointment offered in time after an absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar till svar på mottagna avvikelser</source>
        <translation>Days to answer received deviations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft hos 3-åringar</source>
        <translation>deft in 3-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft hos 6-åringar</source>
        <translation>deft in 6-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DFT hos 12-åringar</source>
        <translation>DFT in 12-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DFT hos 19-åringar</source>
        <translation>DFT in 19-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 3-åringar</source>
        <translation>Caries-free 3-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 6-åringar</source>
        <translation>Caries-free 6-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 12-åringar</source>
        <translation>Caries-free 12-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 19-åringar</source>
        <translation>Caries-free 19-year-olds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar med listningsstopp</source>
        <translation>Days with a listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av antalet listade patienter med listningstyp val (eget val, R-LI-1) vid varje månadsskifte i perioden.</source>
        <translation>The sum of the patients listed by their own choice (R-LI-1) at each month end in the period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av antalet listade patienter med listningstyp icke-val (tilldelade, R-LI-2) vid varje månadsskifte i perioden.</source>
        <translation>The sum of the patients listed without a choice (assigned, R-LI-2) at each month end in the period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De patienter i nämnaren vars revision inte är försenad på mätdagen: förfallodatum på mätdagen eller senare.</source>
        <translation>The patients of the denominator whose revision is not overdue on the measuring day: due on the measuring day or later.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De patienter i nämnaren som undersökts av tandläkare (R-RV-4) någon gång t.o.m. mätdagen.</source>
        <translation>The patients of the denominator examined by a dentist (R-RV-4) at any time up to and including the measuring day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal uteblivanden som räknas (R-AB-6: avtalad tid, inte akut, listad den dagen; sen avbokning bara om regelverket säger det).</source>
        <translation>The number of counted no-shows (R-AB-6: an agreed time, not an emergency, listed that day; a late cancellation only where the rule set says so).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal uteblivanden som debiterats avgift (R-AB-3). Delvärde: summa i kronor.</source>
        <translation>The number of no-shows charged a fee (R-AB-3). Part value: the sum in kronor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De uteblivanden i nämnaren där en ny, icke akut tid bokades senast sista dagen enligt R-AB-2.</source>
        <translation>The no-shows of the denominator for which a new, non-emergency time was booked by the last day under R-AB-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal avvikelser rapporterade i perioden. Delvärden per kategori och per skadegrad.</source>
        <translation>The number of deviations reported in the period. Part values per category and per degree of harm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av antalet dagar från rapportdag till svarsdag för mottagna avvikelser (från annan vårdgivare, R-DV-2) som besvarats i perioden.</source>
        <translation>The sum of the days from report to answer for received deviations (from another care provider, R-DV-2) answered in the period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av deft hos de undersökta 3-åringarna.</source>
        <translation>The sum of deft of the examined 3-year-olds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av deft hos de undersökta 6-åringarna.</source>
        <translation>The sum of deft of the examined 6-year-olds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av DFT hos de undersökta 12-åringarna.</source>
        <translation>The sum of DFT of the examined 12-year-olds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av DFT hos de undersökta 19-åringarna.</source>
        <translation>The sum of DFT of the examined 19-year-olds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 3-åringar med deft = 0.</source>
        <translation>The number of examined 3-year-olds with deft = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 6-åringar med deft = 0.</source>
        <translation>The number of examined 6-year-olds with deft = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 12-åringar med DFT = 0.</source>
        <translation>The number of examined 12-year-olds with DFT = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 19-åringar med DFT = 0.</source>
        <translation>The number of examined 19-year-olds with DFT = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal dagar i perioden då ett listningsstopp (R-LI-5) gällde; ett pågående stopp räknas t.o.m. mätdagen.</source>
        <translation>The number of days in the period on which a listing stop (R-LI-5) was in force; a current stop counts up to and including the measuring day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antalet månadsskiften i perioden (värdet är alltså ett månadsmedel).</source>
        <translation>The number of month ends in the period (so the value is a monthly average).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen (ett antal). Delvärden per skäl till förfallodatumet.</source>
        <translation>None (a count). Part values per reason for the due date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen (ett antal).</source>
        <translation>None (a count).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antal avtalade, icke akuta tider med utfall (kom, uteblev, sen avbokning).</source>
        <translation>The number of agreed, non-emergency times with an outcome (attended, no-show, late cancellation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden i perioden vars sista dag för ny tid har passerat, eller som redan fått ny tid i tid.</source>
        <translation>No-shows in the period whose last day for a new time has passed, or that already got a new time in time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal mottagna avvikelser som besvarats i perioden.</source>
        <translation>The number of received deviations answered in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 3-åringar med registrerat deft.</source>
        <translation>The number of examined 3-year-olds with deft recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 6-åringar med registrerat deft.</source>
        <translation>The number of examined 6-year-olds with deft recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 12-åringar med registrerat DFT.</source>
        <translation>The number of examined 12-year-olds with DFT recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 19-åringar med registrerat DFT.</source>
        <translation>The number of examined 19-year-olds with DFT recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen (ett antal dagar).</source>
        <translation>None (a number of days).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadsskiften i perioden: varje månads sista dag som ligger i perioden. Tagna månader läses ur månadsögonblicksbilden (R-LI-8) och ändras aldrig; månader som ännu inte tagits beräknas ur dagens listningar och är preliminära. Värdet per månad visas som delvärden.</source>
        <translation>Month ends in the period: the last day of each month that lies in the period. Months already taken are read from the month-end snapshot (R-LI-8) and never change; months not yet taken are computed from today&apos;s listings and are preliminary. The value per month is shown as part values.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad.</source>
        <translation>The measuring day: the last day of the period (today if the period has not ended). Due dates follow R-RV-1–R-RV-6 from the examinations made up to and including the measuring day. When the measuring day is a completed month end, the figures are read from that month&apos;s revision snapshot, taken once when the month ended and never changed (as R-LI-8): an examination recorded or corrected afterwards does not change a month already taken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. För ett helt år är det årets treåringar; för en del av ett år läget hittills under året.</source>
        <translation>The measuring day: the last day of the period (today if the period has not ended). Due dates follow R-RV-1–R-RV-6 from the examinations made up to and including the measuring day. When the measuring day is a completed month end, the figures are read from that month&apos;s revision snapshot, taken once when the month ended and never changed (as R-LI-8): an examination recorded or corrected afterwards does not change a month already taken. For a whole year these are the year&apos;s three-year-olds; for part of a year, the state so far this year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kalendermånaderna från periodens första till dess sista månad, efter tidens startdag (svensk tid).</source>
        <translation>The calendar months from the period&apos;s first to its last month, by the day the time starts (Swedish time).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapportdagen ligger i perioden.</source>
        <translation>The report day lies in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svarsdagen (svaret levererat) ligger i perioden.</source>
        <translation>The answer day (the answer delivered) lies in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökningar av tandläkare eller tandhygienist (R-RV-5; tandhälsokontroll av tandsköterska räknas inte) gjorda i perioden, där värdet är registrerat; för en patient som undersökts flera gånger räknas den senaste i perioden. Ålder = det år patienten fyller under undersökningsåret (undersökningsårets årtal minus födelseåret), som målgruppen räknar ålder (R-TG-1). En avslutad kalendermånad läses ur månadens tandhälsobild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. Andra perioder, som året hittills, beräknas ur undersökningarna som de är registrerade nu.</source>
        <translation>Examinations by a dentist or a dental hygienist (R-RV-5; a dental nurse&apos;s dental health check does not count) made in the period, where the value is recorded; for a patient examined more than once, the latest in the period counts. Age = the age the patient turns in the year of the examination (the year minus the birth year), as the target group counts age (R-TG-1). A completed calendar month is read from that month&apos;s dental health snapshot, taken once when the month ended and never changed (as R-LI-8): an examination recorded or corrected afterwards does not change a month already taken. Other periods, such as the year so far, are computed from the examinations as recorded now.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodens dagar t.o.m. mätdagen; start- och slutdag räknas båda.</source>
        <translation>The period&apos;s days up to and including the measuring day; the first and the last day both count.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningar registrerade som fel. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Listings entered in error. Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter utan revision inom Hälsoval (vården upphör, R-RV-9); patienter som ännu inte undersökts och vars första undersökning ännu inte förfallit. Personalens ändrade kallelsedatum ändrar inte förfallodatum. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Patients with no revision within Hälsoval (free care ends, R-RV-9); patients not yet examined whose first examination is not yet due. Staff&apos;s changed recall dates do not change the due date. Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienter utan revision inom Hälsoval (R-RV-9). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Patients with no revision within Hälsoval (R-RV-9). Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökning av tandhygienist eller tandsköterska räknas inte (R-RV-4, R-RV-5). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>An examination by a dental hygienist or a dental nurse does not count (R-RV-4, R-RV-5). Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akuttider, tider som bara föreslagits i kallelse (R-AB-3), tider utan utfall. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Emergency times, times only proposed in a summons (R-AB-3), times without an outcome. Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tider utan avtal med både klinik och patient (R-AB-3). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Times not agreed by both the clinic and the patient (R-AB-3). Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uteblivanden vars sista dag ännu inte passerat och som ännu inte fått ny tid. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>No-shows whose last day has not yet passed and that have not yet got a new time. Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obesvarade avvikelser (de syns som försenade i avvikelseregistret); egna, skickade, samverkans- och organisatoriska avvikelser.</source>
        <translation>Unanswered deviations (they show as late in the deviation register); the clinic&apos;s own, sent, collaboration and organisational deviations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökningar utan registrerat värde. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Examinations without a recorded value. Patients with protected identity are counted (they are the clinic&apos;s patients).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar efter mätdagen. Överlappande stopp räknas en gång per dag.</source>
        <translation>Days after the measuring day. Overlapping stops count once per day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare</source>
        <translation>Dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist</source>
        <translation>Dental hygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandsköterska</source>
        <translation>Dental nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelsehandläggare</source>
        <translation>Deviation handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verksamhetschef</source>
        <translation>Head of clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administratör</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens tandvårdstaxa</source>
        <translation>The region&apos;s dental fee schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folktandvårdens prislista</source>
        <translation>Folktandvården&apos;s price list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen verksamhet</source>
        <translation>Own organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller annan vårdgivare (skickad)</source>
        <translation>Concerns another care provider (sent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagen från annan vårdgivare</source>
        <translation>Received from another care provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samverkansavvikelse</source>
        <translation>Cooperation deviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatorisk (t.ex. personalbrist)</source>
        <translation>Organisational (e.g. staff shortage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen skada / risk för skada</source>
        <translation>No harm / risk of harm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vårdskada</source>
        <translation>Harm in care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allvarlig vårdskada</source>
        <translation>Serious harm in care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utreds</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder beslutade</source>
        <translation>Actions decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder uppföljda</source>
        <translation>Actions followed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortodonti (tandreglering)</source>
        <translation>Orthodontics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pedodonti (barn- och ungdomstandvård)</source>
        <translation>Paediatric dentistry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käkkirurgi</source>
        <translation>Oral and maxillofacial surgery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orofacial medicin</source>
        <translation>Orofacial medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettfysiologi</source>
        <translation>Stomatognathic physiology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protetik</source>
        <translation>Prosthodontics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parodontologi</source>
        <translation>Periodontology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endodonti</source>
        <translation>Endodontics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan specialitet</source>
        <translation>Other specialty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej skickad</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besvarad</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkallad</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antagen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlad</source>
        <translation>Treated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avböjd</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten finns inte i befolkningsregistret. Kontrollera personnumret.</source>
        <translation>The patient is not in the population register. Check the personal identity number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten är avliden enligt befolkningsregistret.</source>
        <translation>The patient is deceased according to the population register.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten har skyddade personuppgifter och får inte registreras i listningssystemet (R-TG-4).</source>
        <translation>The patient has protected personal details and must not be registered in the listing system (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är inte folkbokförd i länet och kan inte listas (R-TG-1, R-TG-2).</source>
        <translation>The patient is not registered as resident in the county and cannot be listed (R-TG-1, R-TG-2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten är utanför målgruppens ålder (R-TG-1).</source>
        <translation>The patient is outside the target group&apos;s age range (R-TG-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giltigt samtycke saknas. Kontrollera vem som samtyckte och när (R-LI-1).</source>
        <translation>Valid consent is missing. Check who consented and when (R-LI-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken har listningsstopp, eller för få listade för att införa listningsstopp (R-LI-5).</source>
        <translation>The clinic has a listing stop, or too few listed patients to declare a listing stop (R-LI-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är redan listad genom eget val på kliniken.</source>
        <translation>The patient is already listed at the clinic by their own choice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisionsrapporten kan inte lagras i regionen: kontrollera riskbedömning, undersökare och revisionsintervall (R-RV-8).</source>
        <translation>The recall report cannot be stored by the region: check the risk assessment, the examiner and the recall interval (R-RV-8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökarens HSA-id saknas. Ange undersökaren, så skickas revisionsrapporten (R-RV-8).</source>
        <translation>The examiner&apos;s HSA ID is missing. Enter the examiner and the recall report will be sent (R-RV-8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdnadshavarens personnummer saknas, så samtycket kan inte skickas. Komplettera vårdnadshavaren och skicka igen (R-LI-1).</source>
        <translation>The guardian&apos;s personal identity number is missing, so the consent cannot be sent. Complete the guardian&apos;s details and send again (R-LI-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringen gjordes utan giltigt HSA-id för personalen och kan inte skickas med uppgift om vem som gjorde den.</source>
        <translation>The change was made without a valid staff HSA ID and cannot be sent with who made it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen känner inte till det som ska ändras med klinikens identifierare. Rätta uppgiften direkt i listningssystemet.</source>
        <translation>The region does not know what is to be changed by the clinic&apos;s identifier. Correct it directly in the listing system.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uppgifterna som ska skickas finns inte längre i registret.</source>
        <translation>The details to be sent are no longer in the register.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifterna kunde inte göras om till ett giltigt meddelande till regionen.</source>
        <translation>The details could not be turned into a valid message to the region.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen kunde inte tolka meddelandet.</source>
        <translation>The region could not read the message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det som skulle ändras finns inte i regionen.</source>
        <translation>What was to be changed does not exist at the region.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen tog inte emot ändringen.</source>
        <translation>The region did not accept the change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listning</source>
        <translation>listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rättelse av listning</source>
        <translation>listing correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisionsrapport</source>
        <translation>revision report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listningsstopp</source>
        <translation>listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upphävt listningsstopp</source>
        <translation>lifted listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akut</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokad</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbokad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen avbokning</source>
        <translation>Late cancellation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblev</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidigare system</source>
        <translation>Earlier system</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger före mätdagen.</source>
        <translation>The number of patients with an active listing (by choice or assigned, not entered in error) on the measuring day whose due date is before the measuring day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger mer än 90 dagar före mätdagen (exakt 90 dagar räknas inte).</source>
        <translation>The number of patients with an active listing (by choice or assigned, not entered in error) on the measuring day whose due date is more than 90 days before the measuring day (exactly 90 days does not count).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som har ett intervall att hålla: minst en revisionsundersökning, eller första undersökningen (R-RV-4) redan förfallen.</source>
        <translation>The number of patients with an active listing (by choice or assigned, not entered in error) on the measuring day who have an interval to keep: at least one revision examination, or the first examination (R-RV-4) already due.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som fyller 3 år under mätdagens kalenderår.</source>
        <translation>The number of patients with an active listing (by choice or assigned, not entered in error) on the measuring day who turn 3 in the calendar year of the measuring day.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Brevet skickat</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orosanmälan gjord</source>
        <translation>Report of concern made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen orosanmälan</source>
        <translation>No report of concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopia lämnad med samtycke</source>
        <translation>Copy given with consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke gavs inte</source>
        <translation>Consent not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriftlig information om uteblivanden</source>
        <translation>Written information about absences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömning barn som far illa</source>
        <translation>Assessment: child at risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erbjud journalkopia till nya kliniken</source>
        <translation>Offer a record copy to the new clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datorkonto</source>
        <translation>Computer account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemet</source>
        <translation>The system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej kontaktad</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallad</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avböjt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej nåbar</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse skickad</source>
        <translation>Summons sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse skickad</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status ändrad</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum</source>
        <translation>Own date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paus hävd</source>
        <translation>Pause lifted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny revision gjord</source>
        <translation>New revision done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första undersökningen (R-RV-4)</source>
        <translation>First examination (R-RV-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat intervall (R-RV-1)</source>
        <translation>Planned interval (R-RV-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åldersgräns för intervall (R-RV-2)</source>
        <translation>Age limit for the interval (R-RV-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs (R-RV-3)</source>
        <translation>Dentist required (R-RV-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställare</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens adress</source>
        <translation>Orderer&apos;s address</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/appointments.py" line="+26"/>
        <source>Endast föreslagen, inte bekräftad</source>
        <translation>Only proposed, not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>på plats</source>
        <translation>in person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per telefon</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per brev</source>
        <translation>by letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>via e-tjänst</source>
        <translation>via the e-service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per sms</source>
        <translation>by text message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tidens längd måste vara mellan {shortest} och {longest} minuter (nu {minutes}).</source>
        <translation>An appointment must last between {shortest} and {longest} minutes (now {minutes}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Okänd status &apos;{status}&apos;.</source>
        <translation>Unknown status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiden har redan den statusen.</source>
        <translation>The appointment already has that status.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Överenskommen enligt tidigare system</source>
        <translation>Agreed according to the previous system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>med patienten</source>
        <translation>with the patient</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>med vårdnadshavare {name}</source>
        <translation>with guardian {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>av {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ange både vem som godkände tiden och hur, eller inget av dem om tiden bara är föreslagen.</source>
        <translation>Enter both who agreed to the appointment and how, or neither if the appointment is only proposed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Okänt sätt att komma överens: &apos;{how}&apos;.</source>
        <translation>Unknown way of agreeing: &apos;{how}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv vem som godkände tiden: patienten eller vårdnadshavarens namn.</source>
        <translation>Enter who agreed to the appointment: the patient or the guardian&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/deviations.py" line="+96"/>
        <source>Välj en kategori för avvikelsen.</source>
        <translation>Choose a category for the deviation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj hur allvarlig händelsen var.</source>
        <translation>Choose how serious the event was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beskriv vad som hände.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Händelsen kan inte ha inträffat efter dagens datum.</source>
        <translation>The event cannot have happened after today&apos;s date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv var det hände (t.ex. behandlingsrum 2, receptionen).</source>
        <translation>Enter where it happened (e.g. treatment room 2, reception).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv vilken vårdgivare, kommun eller annan part avvikelsen gäller.</source>
        <translation>Enter which care provider, municipality or other party the deviation concerns.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avvikelsen är redan avslutad.</source>
        <translation>The deviation is already closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelsen är i steget &quot;{state}&quot;; nästa steg är &quot;{next_state}&quot;.</source>
        <translation>The deviation is at the step &quot;{state}&quot;; the next step is &quot;{next_state}&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv vem som utreder avvikelsen.</source>
        <translation>Enter who is investigating the deviation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beslut minst en åtgärd: vad som ska göras, av vem och till när.</source>
        <translation>Decide on at least one action: what is to be done, by whom and by when.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärd {number}: beskriv vad som ska göras.</source>
        <translation>Action {number}: describe what is to be done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd {number}: skriv vem som ansvarar.</source>
        <translation>Action {number}: enter who is responsible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd {number}: sista dag kan inte vara före dagens datum.</source>
        <translation>Action {number}: the due date cannot be before today&apos;s date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv resultatet av varje åtgärd (saknas för åtgärd {numbers}).</source>
        <translation>Enter the outcome of every action (missing for action {numbers}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skriv svaret till avsändaren.</source>
        <translation>Enter the answer to the sender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ange datum då svaret lämnades till avsändaren.</source>
        <translation>Enter the date the answer was given to the sender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svaret kan inte ha lämnats efter dagens datum.</source>
        <translation>The answer cannot have been given after today&apos;s date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svaret kan inte ha lämnats före avvikelsen registrerades.</source>
        <translation>The answer cannot have been given before the deviation was registered.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avvikelsen kan inte avslutas förrän svaret till avsändaren och datumet då det lämnades är registrerade (R-DV-2).</source>
        <translation>The deviation cannot be closed until the answer to the sender and the date it was given are registered (R-DV-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv vilken återkoppling den som rapporterade har fått.</source>
        <translation>Enter what feedback the reporter has received.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/examination.py" line="+124"/>
        <source>Okänd undersökarroll &apos;{role}&apos;. Ange tandläkare, tandhygienist eller tandsköterska.</source>
        <translation>Unknown examiner role &apos;{role}&apos;. Enter dentist, dental hygienist or dental nurse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undersökningsdatumet {date} ligger före patientens födelse.</source>
        <translation>The examination date {date} is before the patient&apos;s birth.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Risk för {area} saknas. En revisionsundersökning bedömer risk 0–2 i alla fyra områden (R-RV-10).</source>
        <translation>The risk for {area} is missing. A recall examination assesses risk 0–2 in all four areas (R-RV-10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk för {area} är {value!r}; tillåtna värden är 0, 1 och 2 (R-RV-10).</source>
        <translation>The risk for {area} is {value!r}; allowed values are 0, 1 and 2 (R-RV-10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisionsintervall saknas. Det planerade intervallet ska skrivas in vid varje revisionsundersökning (R-RV-1).</source>
        <translation>The recall interval is missing. The planned interval is entered at every recall examination (R-RV-1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisionsintervallet {interval!r} månader ska vara ett heltal {shortest}–{longest} (R-RV-1).</source>
        <translation>The recall interval of {interval!r} months must be a whole number {shortest}–{longest} (R-RV-1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{index} är {value!r}; ange ett heltal som är 0 eller större.</source>
        <translation>{index} is {value!r}; enter a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Okänt värde för tobak &apos;{value}&apos;. Ange ingen, rökning, snus eller rökning och snus.</source>
        <translation>Unknown value for tobacco &apos;{value}&apos;. Enter none, smoking, snus or smoking and snus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planerat revisionsintervall {interval} månader är längre än högst {cap} månader vid {age} års ålder (R-RV-2). {cap} månader används för kallelse och rapport till regionen.</source>
        <translation>The planned recall interval of {interval} months is longer than the maximum of {cap} months at age {age} (R-RV-2). {cap} months are used for the recall and the report to the region.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tobaksvanor är inte dokumenterade. Från {age} års ålder dokumenteras de vid varje undersökning (R-RV-7).</source>
        <translation>Tobacco habits are not documented. From age {age} they are documented at every examination (R-RV-7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patienten är {age} år: revisionen ska för {youngest}–{oldest} år göras av tandläkare med bettutvecklingskontroll (R-RV-6).</source>
        <translation>The patient is {age}: for ages {youngest}–{oldest} the recall is done by a dentist with a bite development check (R-RV-6).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bettutvecklingskontroll är inte registrerad. Tandläkaren gör den vid varje revision för {youngest}–{oldest} år (R-RV-6).</source>
        <translation>No bite development check is registered. The dentist does it at every recall for ages {youngest}–{oldest} (R-RV-6).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/fee_schedule.py" line="+65"/>
        <source>{where}: priset &apos;{price}&apos; är inte ett belopp i kronor (till exempel 1040 eller 1040,50).</source>
        <translation>{where}: the price &apos;{price}&apos; is not an amount in kronor (for example 1040 or 1040,50).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filen är inte giltig TOML: {error}.</source>
        <translation>The file is not valid TOML: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen har inga åtgärder ([[item]] med code, name och price).</source>
        <translation>The file has no procedures ([[item]] with code, name and price).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Rad {line}</source>
        <translation>Line {line}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Åtgärd nr {number}</source>
        <translation>Procedure no. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: skriv priset som text (&quot;1040,50&quot;) eller heltal, inte som decimaltal.</source>
        <translation>{where}: write the price as text (&quot;1040,50&quot;) or a whole number, not as a decimal number.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rad {line}: rubrikraden ska vara kod;benamning;pris.</source>
        <translation>Line {line}: the header line must be kod;benamning;pris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad {line}: raden ska ha tre fält (kod;benamning;pris), den har {fields}.</source>
        <translation>Line {line}: the line must have three fields (kod;benamning;pris), it has {fields}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen saknar rubrikraden kod;benamning;pris.</source>
        <translation>The file lacks the header line kod;benamning;pris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giltighetstiden</source>
        <translation>The validity period</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: datumet &apos;{date}&apos; ska skrivas ÅÅÅÅ-MM-DD.</source>
        <translation>{where}: the date &apos;{date}&apos; must be written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Okänd typ av prislista &apos;{kind}&apos;. Ange regional (tandvårdstaxan) eller folktandvarden.</source>
        <translation>Unknown kind of price list &apos;{kind}&apos;. Enter regional (the dental fee schedule) or folktandvarden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prislistan saknar version eller namn.</source>
        <translation>The price list has no version or name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange giltighetstiden som datum: valid_from (och valid_to om den har ett slut).</source>
        <translation>Enter the validity period as dates: valid_from (and valid_to if it ends).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giltighetstiden slutar ({valid_to}) innan den börjar ({valid_from}).</source>
        <translation>The validity period ends ({valid_to}) before it begins ({valid_from}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: kod, benämning och pris måste alla finnas.</source>
        <translation>{where}: code, name and price must all be given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: åtgärdskod {code} finns redan tidigare i filen.</source>
        <translation>{where}: procedure code {code} already appears earlier in the file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen prislista gäller {day}. Läs in en taxa som gäller det datumet.</source>
        <translation>No price list applies on {day}. Load a fee schedule that applies on that date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Åtgärdskod {code} finns inte i {schedule} (gäller {day}).</source>
        <translation>Procedure code {code} is not in {schedule} (valid on {day}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tand {tooth} finns inte. Ange tandnummer enligt FDI: 11–48, eller 51–85 för mjölktänder.</source>
        <translation>Tooth {tooth} does not exist. Enter the tooth number in FDI notation: 11–48, or 51–85 for primary teeth.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/hsa.py" line="+15"/>
        <source>&apos;{text}&apos; är inget giltigt HSA-ID. Ett HSA-ID skrivs till exempel SE2321000222-E12345.</source>
        <translation>&apos;{text}&apos; is not a valid HSA ID. An HSA ID is written like SE2321000222-E12345.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/identity.py" line="+87"/>
        <source>Personnummer saknas.</source>
        <translation>The personal identity number is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; innehåller bokstäver. Reservnummer tas inte emot; ange personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN).</source>
        <translation>&apos;{number}&apos; contains letters. Reserve numbers are not accepted; enter a personal identity number or coordination number (YYYYMMDD-NNNN).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{number}&apos; innehåller otillåtna tecken. Skriv ÅÅÅÅMMDD-NNNN.</source>
        <translation>&apos;{number}&apos; contains characters that are not allowed. Write YYYYMMDD-NNNN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; har {digits} siffror. Ett personnummer har 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</source>
        <translation>&apos;{number}&apos; has {digits} digits. A personal identity number has 10 or 12 digits (YYMMDD-NNNN or YYYYMMDD-NNNN).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{number}&apos; har månad {month:02d}. Reservnummer tas inte emot; kontrollera numret.</source>
        <translation>&apos;{number}&apos; has month {month:02d}. Reserve numbers are not accepted; check the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{number}&apos; har månad {month:02d}, som inte finns.</source>
        <translation>&apos;{number}&apos; has month {month:02d}, which does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{number}&apos;: dag {day} är ingen giltig dag i ett samordningsnummer (61-91).</source>
        <translation>&apos;{number}&apos;: day {day} is not a valid day in a coordination number (61-91).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos;: dag {day:02d} finns inte.</source>
        <translation>&apos;{number}&apos;: day {day:02d} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos;: födelsenumret 000 förekommer inte. Kontrollera numret.</source>
        <translation>&apos;{number}&apos;: the birth number 000 is never used. Check the number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; har fel kontrollsiffra. Kontrollera numret.</source>
        <translation>&apos;{number}&apos; has the wrong check digit. Check the number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{number}&apos; har ett födelsedatum efter dagens datum.</source>
        <translation>&apos;{number}&apos; has a date of birth after today&apos;s date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{number}&apos;: {year:04d}-{month:02d}-{day:02d} finns inte i kalendern.</source>
        <translation>&apos;{number}&apos;: {year:04d}-{month:02d}-{day:02d} is not in the calendar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;{number}&apos;: födelsedatumet finns inte i kalendern eller passar inte skiljetecknet.</source>
        <translation>&apos;{number}&apos;: the date of birth is not in the calendar or does not match the separator.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/indicator_targets.py" line="+25"/>
        <source>minst {value}</source>
        <translation>at least {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>högst {value}</source>
        <translation>at most {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mål {words}</source>
        <translation>target {words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>”{typed}” är inget tal. Skriv till exempel 90 eller 92,5.</source>
        <translation>“{typed}” is not a number. Write for example 90 or 92,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ett tal som är 0 eller större.</source>
        <translation>Enter a number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/lex_maria.py" line="+58"/>
        <source>Lex Maria gäller bara händelser som har orsakat eller kunnat orsaka allvarlig vårdskada. Ändra skadeklassningen först.</source>
        <translation>Lex Maria only applies to events that caused or could have caused serious harm in care. Change the harm class first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv vem som är anmälningsansvarig.</source>
        <translation>Enter who is responsible for the report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmälan till IVO</source>
        <translation>The report to IVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationen till patienten</source>
        <translation>The information to the patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopian till regionen</source>
        <translation>The copy to the region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IVO:s beslut</source>
        <translation>IVO&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidarebefordran till regionen</source>
        <translation>The forwarding to the region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} kan inte vara daterad efter dagens datum.</source>
        <translation>{what} cannot be dated after today&apos;s date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} kan inte vara daterad före avvikelsen registrerades.</source>
        <translation>{what} cannot be dated before the deviation was registered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur anmälan skickades till IVO.</source>
        <translation>Choose how the report was sent to IVO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopian till regionen skickas när anmälan till IVO är gjord: ange först när anmälan skickades.</source>
        <translation>The copy to the region is sent once the report to IVO is made: first enter when the report was sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv både IVO:s beslut och datumet för beslutet.</source>
        <translation>Enter both IVO&apos;s decision and the date of the decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVO:s beslut kan inte komma före anmälan: ange när anmälan skickades.</source>
        <translation>IVO&apos;s decision cannot come before the report: enter when the report was sent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslutet kan vidarebefordras till regionen först när IVO:s beslut är registrerat.</source>
        <translation>The decision can be forwarded to the region only once IVO&apos;s decision is registered.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/listing.py" line="+74"/>
        <source>Ange vem som lämnade samtycket (R-LI-1).</source>
        <translation>Enter who gave the consent (R-LI-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patienten var {age} år när samtycket lämnades och samtycker själv (R-LI-1), inte vårdnadshavaren.</source>
        <translation>The patient was {age} when the consent was given and consents for themselves (R-LI-1), not the guardian.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patienten var {age} år när samtycket lämnades. Under 18 år lämnar en vårdnadshavare samtycket (R-LI-1).</source>
        <translation>The patient was {age} when the consent was given. Under 18, a guardian gives the consent (R-LI-1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vårdnadshavare {position} finns inte registrerad för patienten. Registrera vårdnadshavaren först (R-LI-1).</source>
        <translation>Guardian {position} is not registered for the patient. Register the guardian first (R-LI-1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Samtycket kan inte vara lämnat efter dagens datum.</source>
        <translation>The consent cannot have been given after today&apos;s date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtycket kan inte vara lämnat före patientens födelse.</source>
        <translation>The consent cannot have been given before the patient&apos;s birth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vårdansvaret skulle börja {start} (R-LI-3), men då ingår patienten inte i målgruppen: {reason}</source>
        <translation>Care responsibility would start on {start} (R-LI-3), but then the patient is not in the target group: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kliniken har listningsstopp från {start} till och med {end} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</source>
        <translation>The clinic has a listing stop from {start} up to and including {end} (R-LI-5). New choices cannot be accepted; the patient can choose another clinic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kliniken har listningsstopp från {start} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</source>
        <translation>The clinic has a listing stop from {start} (R-LI-5). New choices cannot be accepted; the patient can choose another clinic.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningsstopp kräver att minst {minimum} patienter är listade genom eget val (R-LI-5). Nu är {listed} listade.</source>
        <translation>A listing stop requires at least {minimum} patients listed by their own choice (R-LI-5). Now {listed} are listed.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/patient_safety.py" line="+17"/>
        <source>Skriv lärdomen när avvikelsen är avslutad.</source>
        <translation>Enter the lesson learned once the deviation is closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv vad kliniken har lärt sig av avvikelsen.</source>
        <translation>Enter what the clinic has learned from the deviation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj ett år mellan 2000 och {last_year}.</source>
        <translation>Choose a year between 2000 and {last_year}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj en månad som har börjat.</source>
        <translation>Choose a month that has begun.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/payer.py" line="+33"/>
        <source>Patienten är listad här hos oss. Akutbesöket faktureras inte någon annan klinik; registrera behandlingarna som ett vanligt besök.</source>
        <translation>The patient is listed here with us. The emergency visit is not invoiced to another clinic; register the treatments as an ordinary visit.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/record_copy.py" line="+65"/>
        <source>Okänd mottagare: {recipient}.</source>
        <translation>Unknown recipient: {recipient}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv vem som ska få kopian.</source>
        <translation>Enter who is to receive the copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HSA-id:t {hsa_id} har inte rätt form (t.ex. SE2321000222-E12345).</source>
        <translation>The HSA ID {hsa_id} does not have the right form (e.g. SE2321000222-E12345).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En kopia till en annan vårdgivare kräver patientens samtycke (eller vårdnadshavarens). Fyll i vem som gav samtycket, när och hur.</source>
        <translation>A copy to another care provider requires the patient&apos;s consent (or the guardian&apos;s). Fill in who gave the consent, when and how.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange om samtycket gavs av patienten eller av en vårdnadshavare.</source>
        <translation>Enter whether the consent was given by the patient or by a guardian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv namnet på vårdnadshavaren som gav samtycket.</source>
        <translation>Enter the name of the guardian who gave the consent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ange hur samtycket gavs: på plats, per telefon, per brev eller via e-tjänst.</source>
        <translation>Enter how the consent was given: in person, by phone, by letter or via an e-service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtycket kan inte vara givet efter dagens datum.</source>
        <translation>The consent cannot have been given after today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/retention.py" line="+23"/>
        <source>Journaler ska sparas i minst {minimum} år efter den senaste anteckningen, så {years} år går inte att välja. Ange {minimum} år eller fler.</source>
        <translation>Records must be kept for at least {minimum} years after the latest entry, so {years} years cannot be chosen. Enter {minimum} years or more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{years} år är orimligt länge. Ange högst {maximum} år.</source>
        <translation>{years} years is unreasonably long. Enter at most {maximum} years.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/ruleset.py" line="+215"/>
        <source>Regeluppsättningen {file}: nyckeln &apos;{dotted}&apos; {problem}. Rätta filen.</source>
        <translation>The rule set {file}: the key &apos;{dotted}&apos; {problem}. Correct the file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saknas</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ska vara ett heltal, inte {value!r}</source>
        <translation>must be a whole number, not {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ska vara minst {minimum}, inte {value}</source>
        <translation>must be at least {minimum}, not {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara true eller false, inte {value!r}</source>
        <translation>must be true or false, not {value!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara en text som inte är tom, inte {value!r}</source>
        <translation>must be a text that is not empty, not {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>har värdet &apos;{value}&apos;; tillåtna värden är {choices}</source>
        <translation>has the value &apos;{value}&apos;; the allowed values are {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>har det ogiltiga värdet &apos;{value}&apos;</source>
        <translation>has the invalid value &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska vara ett TOML-datum utan citattecken (t.ex. 2022-01-01), inte {value!r}</source>
        <translation>must be a TOML date without quotation marks (e.g. 2022-01-01), not {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ska vara en tabell ([...])</source>
        <translation>must be a table ([...])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ska vara en eller flera tabeller ([[...]])</source>
        <translation>must be one or more tables ([[...]])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>är okänd (felstavad?)</source>
        <translation>is unknown (misspelt?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska ha up_to_age i stigande ordning utan dubbletter</source>
        <translation>must have up_to_age in ascending order without duplicates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>täcker inte åldrar upp till target_group.max_age ({max_age})</source>
        <translation>does not cover ages up to target_group.max_age ({max_age})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ska vara minst min_age</source>
        <translation>must be at least min_age</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara en fyrsiffrig kommunkod som börjar med länskoden {county}</source>
        <translation>must be a four-digit municipality code beginning with the county code {county}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ska innehålla minst en kommun</source>
        <translation>must contain at least one municipality</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ska vara en riskgrupp (ett heltal inom citattecken, t.ex. &quot;1&quot;)</source>
        <translation>must be a risk group (a whole number in quotation marks, e.g. &quot;1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ska vara ett antal månader (minst 1) eller &apos;{age_cap}&apos;, inte {value!r}</source>
        <translation>must be a number of months (at least 1) or &apos;{age_cap}&apos;, not {value!r}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ska innehålla minst en riskgrupp</source>
        <translation>must contain at least one risk group</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska vara en lista med minst ett namn</source>
        <translation>must be a list of at least one name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ska vara minst bite_check_min_age</source>
        <translation>must be at least bite_check_min_age</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Regeluppsättningen {file} finns inte.</source>
        <translation>The rule set {file} does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regeluppsättningen {file} kan inte läsas: {reason}.</source>
        <translation>The rule set {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regeluppsättningen {file} är inte giltig TOML: {error}. Rätta filen.</source>
        <translation>The rule set {file} is not valid TOML: {error}. Correct the file.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ligger före valid_from</source>
        <translation>is before valid_from</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mappen med regeluppsättningar {folder} finns inte.</source>
        <translation>The rule-set folder {folder} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mappen {folder} innehåller inga regeluppsättningar (*.toml).</source>
        <translation>The folder {folder} contains no rule sets (*.toml).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regeluppsättningarna {first} och {second} har båda id &apos;{id}&apos; och {what} {value}. Ändra eller ta bort den ena.</source>
        <translation>The rule sets {first} and {second} both have the id &apos;{id}&apos; and {what} {value}. Change or remove one of them.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns ingen regeluppsättning för regionen &apos;{region}&apos; (finns: {known}).</source>
        <translation>There is no rule set for the region &apos;{region}&apos; (available: {known}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen version av regeluppsättningen &apos;{region}&apos; gäller {day} ({windows}). Lägg till en version som gäller det datumet.</source>
        <translation>No version of the rule set &apos;{region}&apos; applies on {day} ({windows}). Add a version that applies on that date.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/target_group.py" line="+35"/>
        <source>Asylsökande</source>
        <translation>Asylum seeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-migrant</source>
        <translation>EU migrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papperslös (vistas i Sverige utan tillstånd)</source>
        <translation>Undocumented (staying in Sweden without a permit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folkbokförd i ett annat län, vistas i länet</source>
        <translation>Registered as resident in another county, staying in this county</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerad av socialtjänsten eller i tvångsvård och har inte valt klinik</source>
        <translation>Placed by the social services or in compulsory care, and has not chosen a clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerad här från ett annat län</source>
        <translation>Placed here from another county</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Utanför målgruppen (R-LI-4): avliden {date}.</source>
        <translation>Outside the target group (R-LI-4): deceased {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför Hälsoval (R-TG-3): {reason}. Besöket registreras med orsak men patienten listas inte; Folktandvården har områdesansvar.</source>
        <translation>Outside the dental choice system (R-TG-3): {reason}. The visit is registered with the reason, but the patient is not listed; the Public Dental Service has area responsibility.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utanför målgruppen (R-TG-1): samordningsnummer betyder att personen inte är folkbokförd. Patienten kan behandlas men inte listas.</source>
        <translation>Outside the target group (R-TG-1): a coordination number means the person is not registered as resident. The patient can be treated but not listed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte avgöra målgruppen (R-TG-2): kommunkod för folkbokföringen saknas. Ange kommunkoden.</source>
        <translation>Cannot decide the target group (R-TG-2): the municipality code of the registered residence is missing. Enter the municipality code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utanför målgruppen (R-TG-2): kommunkod {code} ligger inte i {region} (län {county}).</source>
        <translation>Outside the target group (R-TG-2): municipality code {code} is not in {region} (county {county}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utanför målgruppen (R-TG-1): fyller {age} år {year} och ingår från {start}.</source>
        <translation>Outside the target group (R-TG-1): turns {age} in {year} and is included from {start}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför målgruppen (R-TG-1): fyller {age} år {birthday} och ingår från {start}.</source>
        <translation>Outside the target group (R-TG-1): turns {age} on {birthday} and is included from {start}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utanför målgruppen (R-TG-1): fyllde {age} år {year} och ingick till och med {end}.</source>
        <translation>Outside the target group (R-TG-1): turned {age} in {year} and was included up to and including {end}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I målgruppen (R-TG-1, R-TG-2): folkbokförd i {municipality} kommun, ingår till och med {end}.</source>
        <translation>In the target group (R-TG-1, R-TG-2): registered as resident in {municipality} municipality, included up to and including {end}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/capacity.py" line="+27"/>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/proposals.py" line="+39"/>
        <source>tandläkare</source>
        <translation>dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandläkare eller tandhygienist</source>
        <translation>dentist or dental hygienist</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Ingen ledig tid hos {role} under perioden.</source>
        <translation>No free time with a {role} during the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ledig tid före revisionsdatumet hos {role} under perioden.</source>
        <translation>No free time before the revision date with a {role} during the period.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/referrals.py" line="+52"/>
        <source>Bara en remiss som inte är skickad kan skickas.</source>
        <translation>Only a referral that has not been sent can be sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar kan bara registreras på en skickad remiss som inte redan är besvarad.</source>
        <translation>An answer can only be recorded on a sent referral that has not already been answered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara en besvarad remiss kan avslutas; registrera svaret först.</source>
        <translation>Only an answered referral can be closed; record the answer first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara en remiss som inte har besvarats kan återkallas.</source>
        <translation>Only a referral that has not been answered can be withdrawn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remissen är {state}. {refusal}</source>
        <translation>The referral is {state}. {refusal}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>För sent för avgiftsfri vård: skulle ha skickats senast {latest_send} (den avgiftsfria vården upphör {care_ends}).</source>
        <translation>Too late for free care: should have been sent by {latest_send} (free care ends {care_ends}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skicka senast {latest_send}.</source>
        <translation>Send by {latest_send}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ledtiden ska vara mellan 0 och {max_days} dagar.</source>
        <translation>The lead time must be between 0 and {max_days} days.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/revision.py" line="+129"/>
        <source>Ingen revision inom Hälsoval: nästa revision infaller efter att den fria tandvården upphör {care_ends} (R-RV-9).</source>
        <translation>No revision within the dental choice system: the next revision falls after free dental care ends {care_ends} (R-RV-9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandläkarundersökning senast {due}</source>
        <translation>Dentist examination by {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision senast {due}</source>
        <translation>Revision by {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: den första undersökningen görs av tandläkare under året patienten fyller 3 år (R-RV-4).</source>
        <translation>{head}: the first examination is done by a dentist in the year the patient turns 3 (R-RV-4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: ingen tandläkarundersökning finns registrerad, och den första ska göras under året patienten fyller 3 år (R-RV-3, R-RV-4).</source>
        <translation>{head}: no dentist examination is recorded, and the first is to be done in the year the patient turns 3 (R-RV-3, R-RV-4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: högst {years} år sedan förra tandläkarundersökningen (R-RV-3).</source>
        <translation>{head}: at most {years} years since the last dentist examination (R-RV-3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: högst {months} månader mellan revisionsundersökningar (R-RV-2)</source>
        <translation>{head}: at most {months} months between revision examinations (R-RV-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: planerat revisionsintervall {months} månader från undersökningen {last_exam} (R-RV-1)</source>
        <translation>{head}: planned revision interval of {months} months from the examination on {last_exam} (R-RV-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}; bettutvecklingskontroll av tandläkare krävs (R-RV-6).</source>
        <translation>{rule}; a bite development check by a dentist is required (R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}.</source>
        <translation>{rule}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fri tandvård inom Hälsoval upphörde {care_ends} (R-RV-9).</source>
        <translation>Free dental care within the dental choice system ended {care_ends} (R-RV-9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fri tandvård upphör {care_ends}; remisser måste skickas i tid så att vården hinner ges före årsskiftet (R-RV-9).</source>
        <translation>Free dental care ends {care_ends}; referrals must be sent in time for the care to be given before the turn of the year (R-RV-9).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/absence.py" line="+20"/>
        <source>Avgift för uteblivet besök: tiden var överenskommen med patienten eller vårdnadshavaren</source>
        <translation>Fee for a missed visit: the time was agreed with the patient or the guardian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgift för sen avbokning: tiden var överenskommen med patienten eller vårdnadshavaren</source>
        <translation>Fee for a late cancellation: the time was agreed with the patient or the guardian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad</source>
        <translation>No fee: the time was only proposed in the summons letter and never confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: sen avbokning räknas inte som uteblivande enligt regelverket</source>
        <translation>No fee: a late cancellation does not count as an absence under the rule set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: tiden avbokades i tid</source>
        <translation>No fee: the time was cancelled in time</translation>
    </message>
</context>
<context>
    <name>drill_down</name>
    <message>
        <location filename="../../klinik_app/ui/drill_down.py" line="-18"/>
        <source>Patienterna bakom siffran visas bara för den som får läsa patientuppgifter.</source>
        <translation>The patients behind the figure are shown only to those allowed to read patient details.</translation>
    </message>
</context>
<context>
    <name>emergency_view</name>
    <message>
        <location filename="../../klinik_app/ui/emergency_view.py" line="-201"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport skickad</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Akut</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;kut</source>
        <translation>&amp;Emergency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akutbesök av patienter listade på annan klinik: betalare, rapport och fakturaunderlag</source>
        <translation>Emergency visits by patients listed at another clinic: payer, report and invoice basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Områdesansvar…</source>
        <translation>&amp;Area responsibility…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vilken klinik som har områdesansvar för en adress (akut tandvård, R-EM-1)</source>
        <translation>Which clinic has area responsibility for an address (emergency dental care, R-EM-1)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../klinik_app/ui/errors.py" line="+30"/>
        <source>Det du skrivit finns kvar: kontrollera det och försök igen.</source>
        <translation>What you typed is still there: check it and try again.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>En felrapport har sparats lokalt i {parent}; den lämnar aldrig datorn.</source>
        <translation>An error report has been saved locally in {parent}; it never leaves the computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felet finns i loggen i {log_dir}; den lämnar aldrig datorn.</source>
        <translation>The error is in the log in {log_dir}; it never leaves the computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Något oväntat hände i Klinik. {input_kept}

{where}</source>
        <translation>Something unexpected happened in Klinik. {input_kept}

{where}</translation>
    </message>
</context>
<context>
    <name>examination_form</name>
    <message>
        <location filename="../../klinik_app/ui/examination_form.py" line="-552"/>
        <source>Tandläkare</source>
        <translation>Dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist</source>
        <translation>Dental hygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandsköterska (tandhälsokontroll)</source>
        <translation>Dental nurse (dental health check)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rökning</source>
        <translation>smoking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snus</source>
        <translation>snus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rökning och snus</source>
        <translation>smoking and snus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Karies</source>
        <translation>&amp;Caries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parodontit</source>
        <translation>&amp;Periodontitis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allmän</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teknisk</source>
        <translation>&amp;Technical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisionsundersökning av tandläkare: räknas som revision och som tandläkarundersökning (R-RV-3, R-RV-5).</source>
        <translation>Revision examination by a dentist: counts as a revision and as a dentist examination (R-RV-3, R-RV-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionsundersökning av tandhygienist: räknas som revision men inte som tandläkarundersökning (R-RV-5).</source>
        <translation>Revision examination by a dental hygienist: counts as a revision but not as a dentist examination (R-RV-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandhälsokontroll av tandsköterska: ingen revision. Risk och intervall bedöms inte, och kontrollen rapporteras inte till regionen (R-RV-5).</source>
        <translation>Dental health check by a dental nurse: no revision. Risk and interval are not assessed, and the check is not reported to the region (R-RV-5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Revisionen rapporteras till regionen (R-RV-8).</source>
        <translation> The revision is reported to the region (R-RV-8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Skyddad identitet: sparas bara här, skickas inte till regionen (R-TG-4).</source>
        <translation> Protected identity: saved only here, not sent to the region (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionen är köad för rapport till regionen (R-RV-8).</source>
        <translation>The revision is queued for reporting to the region (R-RV-8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet: revisionen sparas bara här och skickas inte till regionen (R-TG-4).</source>
        <translation>Protected identity: the revision is saved only here and not sent to the region (R-TG-4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En tandhälsokontroll räknas inte som revision och rapporteras inte till regionen (R-RV-5).</source>
        <translation>A dental health check does not count as a revision and is not reported to the region (R-RV-5).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undersökningen är sparad. Nästa revision: {explanation}</source>
        <translation>The examination is saved. Next revision: {explanation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Sparad med regelbrott {rules}.</source>
        <translation> Saved with rule violation {rules}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Heltal 0–{maximum}, eller {not_given} (pil ned till början).</source>
        <translation>Whole number 0–{maximum}, or {not_given} (arrow down to the start).</translation>
    </message>
</context>
<context>
    <name>fee_schedules_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/fee_schedules_dialog.py" line="-68"/>
        <source>Taxa</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koder</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxa eller prislista (*.toml *.csv)</source>
        <translation>Fee schedule or price list (*.toml *.csv)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Taxor och prislistor…</source>
        <translation>&amp;Fee schedules and price lists…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionens tandvårdstaxa och Folktandvårdens prislista: versioner och inläsning</source>
        <translation>The region&apos;s dental fee schedule and Folktandvården&apos;s price list: versions and reading in</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/help_dialogs.py" line="-101"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå till sökfältet (sök på personnummer, namn eller telefon)</source>
        <translation>Go to the search field (search by personal identity number, name or phone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil ned</source>
        <translation>Arrow down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från sökfältet till patientlistan</source>
        <translation>From the search field to the patient list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil upp</source>
        <translation>Arrow up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från listans första rad tillbaka till sökfältet</source>
        <translation>From the list&apos;s first row back to the search field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter eller dubbelklick</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna den valda patientens patientkort</source>
        <translation>Open the selected patient&apos;s patient card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från patientkortet tillbaka till listan (sökningen finns kvar)</source>
        <translation>From the patient card back to the list (the search is kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc i sökfältet</source>
        <translation>Esc in the search field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm sökfältet och visa hela registret</source>
        <translation>Clear the search field and show the whole register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Skift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa / föregående fält</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + understruken bokstav</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyer, knappar och fält med understruken bokstav</source>
        <translation>Menus, buttons and fields with an underlined letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientregistret / Listning / Kallelser / Avvikelser</source>
        <translation>Patient register / Listing / Recalls / Deviations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8</source>
        <translation>Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidbok / Att göra / Akut / Uppföljning</source>
        <translation>Appointment book / To do / Emergency / Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+9 / Ctrl+0</source>
        <translation>Ctrl+9 / Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planering / Remisser</source>
        <translation>Planning / Referrals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tidboken</source>
        <translation>In the appointment book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert eller Ctrl+N ny tid · Enter öppna · G genomförd · U uteblev · B bekräfta · T behandlingar · Delete avboka · PgUp/PgDn dag · Ctrl+T i dag</source>
        <translation>Insert or Ctrl+N new appointment · Enter open · G attended · U no-show · B confirm · T treatments · Delete cancel · PgUp/PgDn day · Ctrl+T today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N i Avvikelser</source>
        <translation>Ctrl+N in Deviations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapportera en avvikelse (Enter skickar; du får ett kvitto med numret)</source>
        <translation>Report a deviation (Enter sends; you get a receipt with the number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+A i Kallelser</source>
        <translation>Ctrl+A in Recalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera alla patienter i kallelselistan</source>
        <translation>Select all patients in the recall list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P i Kallelser</source>
        <translation>Ctrl+P in Recalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv kallelser för de markerade patienterna (en PDF, ett brev per hushåll)</source>
        <translation>Write summonses for the selected patients (one PDF, one letter per household)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+N i Kallelser</source>
        <translation>Ctrl+N in Recalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boka tid för den markerade patienten (kallelsen blir bokad)</source>
        <translation>Book an appointment for the selected patient (the recall becomes booked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift+F10 i Kallelser</source>
        <translation>Shift+F10 in Recalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder för de markerade: bokad, avböjt, ej nåbar, pausa, eget datum …</source>
        <translation>Actions for the selected: booked, declined, unreachable, pause, own date …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista den öppna patienten (samtycke, R-LI-1)</source>
        <translation>List the open patient (consent, R-LI-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera undersökning för den öppna patienten (Enter sparar, Esc avbryter)</source>
        <translation>Register an examination for the open patient (Enter saves, Esc cancels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalkopia för den öppna patienten, med samtycke (R-SE-4)</source>
        <translation>Record copy for the open patient, with consent (R-SE-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka med regionen nu (väntande ändringar skickas, regionens ändringar hämtas)</source>
        <translation>Sync with the region now (waiting changes are sent, the region&apos;s changes fetched)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Skift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggkontroll: åtkomstloggen per patient, användare och period</source>
        <translation>Access log review: the access log by patient, user and period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås skärmen (lås upp med ditt lösenord)</source>
        <translation>Lock the screen (unlock with your password)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa de här kortkommandona</source>
        <translation>Show these keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa de här kortkommandona (utom när du skriver i ett textfält)</source>
        <translation>Show these keyboard shortcuts (except while you type in a text field)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inställningar: hur Klinik är inställt för kliniken</source>
        <translation>Settings: how Klinik is set up for the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avsluta Klinik</source>
        <translation>Exit Klinik</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Regelverk</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klinik {version}

Patientregister, listning och revisioner för tandkliniker i Hälsoval tandvård (barn och unga vuxna 3–23 år).

{lines}

Databas: {database}
Loggar och felrapporter: {logs}

Inga uppgifter lämnar datorn utom det som skickas till regionens listningssystem.</source>
        <translation>Klinik {version}

Patient register, listing and revisions for dental clinics in the dental choice system (children and young adults aged 3–23).

{lines}

Database: {database}
Logs and error reports: {logs}

No details leave the computer except what is sent to the region&apos;s listing system.</translation>
    </message>
</context>
<context>
    <name>lex_maria_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-80"/>
        <source>Inga personuppgifter hittades i texterna.</source>
        <translation>No personal details were found in the texts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttaget och ersatt med en markering i fetstil: </source>
        <translation>Removed and replaced with a marker in bold: </translation>
    </message>
</context>
<context>
    <name>listing_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-98"/>
        <source>Listningen är sparad och köad för regionens listningssystem.</source>
        <translation>The listing is saved and queued for the region&apos;s listing system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen är sparad lokalt (skyddad identitet) och skickas inte till regionen (R-TG-4). Kliniken får betalt per behandling i stället.</source>
        <translation>The listing is saved locally (protected identity) and not sent to the region (R-TG-4). The clinic is paid per treatment instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen vårdnadshavare finns registrerad för patienten, så ingen kan samtycka till listningen (R-LI-1). Registrera vårdnadshavaren först.</source>
        <translation>No guardian is registered for the patient, so nobody can consent to the listing (R-LI-1). Register the guardian first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är redan listad här genom eget val. Någon ny listning behövs inte.</source>
        <translation>The patient is already listed here by own choice. No new listing is needed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> Vårdansvaret börjar {start_date} (R-LI-3).</source>
        <translation> Care responsibility starts {start_date} (R-LI-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Icke-valslistningen här avslutas {day_before}.</source>
        <translation> The assigned listing here ends {day_before}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Esc)</source>
        <translation> (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> – skyddad identitet</source>
        <translation> – protected identity</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{kind}, {status}, från {start_date}</source>
        <translation>{kind}, {status}, from {start_date}</translation>
    </message>
</context>
<context>
    <name>listing_model</name>
    <message>
        <location filename="../../klinik_app/ui/listing_model.py" line="+40"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutsorsak</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skyddad</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och inga uppgifter om patienten skickas till regionen.</source>
        <translation>Protected personal details (R-TG-4): the municipality is not shown, and no details about the patient are sent to the region.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kunde inte hämtas)</source>
        <translation>(could not be fetched)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saknas (R-LI-6)</source>
        <translation>Missing (R-LI-6)</translation>
    </message>
</context>
<context>
    <name>listing_view</name>
    <message>
        <location filename="../../klinik_app/ui/listing_view.py" line="-405"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarig tandläkare</source>
        <translation>No responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga listningar matchar filtret.</source>
        <translation>No listings match the filter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icke-val</source>
        <translation>Assigned (non-choice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrerad</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Omflyttad inom länet (icke-val)</source>
        <translation>Moved within the county (non-choice)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 listning</source>
        <translation>1 listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} listningar</source>
        <translation>{count} listings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month} (pågår)</source>
        <translation>{month} (in progress)</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="-227"/>
        <source>DEMODATA – inga riktiga patienter</source>
        <translation>DEMO DATA – no real patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klinik – {name}</source>
        <translation>Klinik – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} – DEMODATA</source>
        <translation>{title} – DEMO DATA</translation>
    </message>
    <message>
        <location line="+457"/>
        <source>Databasen innehåller påhittade patienter för övning och demonstration.</source>
        <translation>The database contains made-up patients for practice and demonstration.</translation>
    </message>
</context>
<context>
    <name>month_chart</name>
    <message>
        <location filename="../../klinik_app/ui/month_chart.py" line="-164"/>
        <source>Inga listade patienter ännu</source>
        <translation>No listed patients yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preliminär (månaden pågår)</source>
        <translation>Preliminary (month in progress)</translation>
    </message>
</context>
<context>
    <name>orderers_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="-438"/>
        <source>Mål som inte nåtts och saknar handlingsplan (Enter: lägg in en):</source>
        <translation>Targets not met that have no action plan (Enter: add one):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga missade mål saknar handlingsplan.</source>
        <translation>No missed target lacks an action plan.</translation>
    </message>
    <message>
        <location line="+456"/>
        <source>Beställare och &amp;mål…</source>
        <translation>Orderers and &amp;targets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beställare, avtal per år, mål per indikator och handlingsplaner (R-RP-2)</source>
        <translation>Orderers, agreements per year, targets per indicator and action plans (R-RP-2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Uppföljningsrapport…</source>
        <translation>&amp;Follow-up report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikatorerna mot beställarens mål som PDF eller CSV (R-RP-1)</source>
        <translation>The indicators against the orderer&apos;s targets as PDF or CSV (R-RP-1)</translation>
    </message>
</context>
<context>
    <name>patient_card</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="-30"/>
        <source>Skyddade personuppgifter. Adress, telefon och e-post visas inte, och inga uppgifter om patienten skickas till regionen (R-TG-4).</source>
        <translation>Protected identity. Address, phone and email are not shown, and nothing about the patient is sent to the region (R-TG-4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samordningsnummer</source>
        <translation>Coordination number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservnummer</source>
        <translation>Reserve number</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Identitet</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>tel. {phone}</source>
        <translation>phone {phone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} – {status}, från {start} till {end}</source>
        <translation>{kind} – {status}, from {start} to {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} – {status}, från {start}</source>
        <translation>{kind} – {status}, from {start}</translation>
    </message>
</context>
<context>
    <name>patient_language_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/patient_language_dialog.py" line="+18"/>
        <source>, tolk behövs</source>
        <translation>, interpreter needed</translation>
    </message>
</context>
<context>
    <name>patient_table_model</name>
    <message>
        <location filename="../../klinik_app/ui/patient_table_model.py" line="+41"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddade personuppgifter (R-TG-4): adress och telefon visas inte, och inga uppgifter om patienten skickas till regionen.</source>
        <translation>Protected personal details (R-TG-4): address and phone are not shown, and no details about the patient are sent to the region.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kunde inte hämtas)</source>
        <translation>(could not be fetched)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej listad</source>
        <translation>Not listed</translation>
    </message>
</context>
<context>
    <name>patient_times</name>
    <message>
        <location filename="../../klinik_app/ui/patient_times.py" line="-24"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga tider i tidboken.</source>
        <translation>No appointments in the appointment book.</translation>
    </message>
</context>
<context>
    <name>planning_chart</name>
    <message>
        <location filename="../../klinik_app/ui/planning_chart.py" line="-68"/>
        <source>Ingen revision faller ut under perioden</source>
        <translation>No revision falls due in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs</source>
        <translation>Dentist required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist möjlig</source>
        <translation>Hygienist possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapacitet</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>planning_model</name>
    <message>
        <location filename="../../klinik_app/ui/planning_model.py" line="-100"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faller ut</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tandläkare krävs</source>
        <translation>Dentist required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist möjlig</source>
        <translation>Hygienist possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokade</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behov (tim)</source>
        <translation>Needed (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapacitet (tim)</source>
        <translation>Capacity (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist (tim)</source>
        <translation>Short (h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Försenade (före idag)</source>
        <translation>Overdue (before today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisioner som faller ut under perioden och inte är bokade.</source>
        <translation>Revisions due in the period and not booked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner vars datum redan har passerat och som inte är bokade.</source>
        <translation>Revisions whose date has already passed and that are not booked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kräver tandläkare: första undersökningen (R-RV-4), högst 4 eller 6 år mellan tandläkarundersökningar (R-RV-3) eller bettutvecklingskontroll 6–13 år (R-RV-6).</source>
        <translation>Need a dentist: the first examination (R-RV-4), at most 4 or 6 years between a dentist&apos;s examinations (R-RV-3) or a bite development check at 6–13 years (R-RV-6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kan göras av tandhygienist eller tandläkare.</source>
        <translation>Can be done by a dental hygienist or a dentist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner som redan är bokade i tidboken (räknas inte som behov).</source>
        <translation>Revisions already booked in the appointment book (not counted as needed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisionstid som behövs: antal gånger längden för åldern och riskgruppen.</source>
        <translation>Revision time needed: the number times the length for the age and risk group.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisionstid hos klinikens tandläkare och tandhygienister, efter helgdagar, ledighet och redan bokade revisioner.</source>
        <translation>Revision time of the clinic&apos;s dentists and dental hygienists, after public holidays, leave and revisions already booked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tid som inte räcker: tandläkarrevisioner bara på tandläkare, övriga på den som har tid över.</source>
        <translation>Time that is not enough: a dentist&apos;s revisions only on dentists, others on whoever has time left.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>v. {week} {year} ({day}/{month})</source>
        <translation>wk {week} {year} ({day}/{month})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>v. {week}</source>
        <translation>wk {week}</translation>
    </message>
</context>
<context>
    <name>planning_view</name>
    <message>
        <location filename="../../klinik_app/ui/planning_view.py" line="-256"/>
        <source>Beräknar revisionsprognosen …</source>
        <translation>Calculating the revision forecast …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prognosen kunde inte beräknas just nu. Försök igen med Uppdatera.</source>
        <translation>The forecast could not be calculated just now. Try again with Refresh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planeringen visas för tandläkare, tandhygienister, reception och verksamhetschef.</source>
        <translation>Planning is shown to dentists, dental hygienists, reception and the head of clinic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision senast</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs</source>
        <translation>Dentist required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienter vars nästa revision infaller under perioden. Senare återkommande revisioner räknas i prognosen men visas inte här. Enter öppnar patientkortet, Esc går tillbaka.</source>
        <translation>Patients whose next revision falls in the period. Later recurring revisions count in the forecast but are not shown here. Enter opens the patient card, Esc goes back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← &amp;Tillbaka till planeringen (Esc)</source>
        <translation>← &amp;Back to planning (Esc)</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Planering</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pla&amp;nering</source>
        <translation>Pla&amp;nning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner som faller ut per vecka och månad mot klinikens tid</source>
        <translation>Revisions due per week and month against the clinic&apos;s time</translation>
    </message>
</context>
<context>
    <name>proposal_panel</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="-328"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandläkare</source>
        <translation>dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandhygienist</source>
        <translation>dental hygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Revision senast</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varför inget förslag</source>
        <translation>Why no proposal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syskon i följd</source>
        <translation>siblings in a row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tolk: {language}</source>
        <translation>interpreter: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skyddad identitet</source>
        <translation>protected identity</translation>
    </message>
</context>
<context>
    <name>recall_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-89"/>
        <source> – skyddad identitet</source>
        <translation> – protected identity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} patienter: {names} och {more} till</source>
        <translation>{count} patients: {names} and {more} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} patienter: {names}</source>
        <translation>{count} patients: {names}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Kolumnrubriker</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalla manuellt</source>
        <translation>Summon by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kallelse</source>
        <translation>No summons</translation>
    </message>
</context>
<context>
    <name>recall_model</name>
    <message>
        <location filename="../../klinik_app/ui/recall_model.py" line="-166"/>
        <source>Revision senast</source>
        <translation>Revision due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar sen</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare</source>
        <translation>Dentist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig tandläkare</source>
        <translation>Responsible dentist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum då revisionen senast ska göras. Har personalen satt ett eget datum står det beräknade inom parentes.</source>
        <translation>The date by which the revision must be done. When staff have set an own date, the calculated one is in brackets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar sedan det beräknade datumet passerades. Försenade revisioner kan kosta kliniken ersättning.</source>
        <translation>Days since the calculated date passed. Overdue revisions can cost the clinic its capitation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ja när undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</source>
        <translation>Yes when a dentist must do the examination (R-RV-3, R-RV-4, R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regeln som bestämmer datumet. Hela förklaringen står under tabellen.</source>
        <translation>The rule that sets the date. The full explanation is under the table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skyddad</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och kallelsen skrivs inte ut med adress utan hanteras manuellt.</source>
        <translation>Protected identity (R-TG-4): the municipality is not shown, and the summons is not printed with an address but handled by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saknas (R-LI-6)</source>
        <translation>Missing (R-LI-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse ska skickas.</source>
        <translation>A reminder is due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla påminnelser skickade: ring eller markera Ej nåbar.</source>
        <translation>Every reminder sent: call, or mark Unreachable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date} (beräknat {computed})</source>
        <translation>{date} (calculated {computed})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{paused} till {date}</source>
        <translation>{paused} until {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} 1 gång</source>
        <translation>{status} once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} {count} gånger</source>
        <translation>{status} {count} times</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, senast {date}</source>
        <translation>{status}, last {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Eget datum {date} (beräknat {computed}): {note}.</source>
        <translation>Own date {date} (calculated {computed}): {note}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eget datum {date} (beräknat {computed}).</source>
        <translation>Own date {date} (calculated {computed}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausad till {date}: {note}.</source>
        <translation>Paused until {date}: {note}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausad till {date}.</source>
        <translation>Paused until {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skyddad identitet: kallas manuellt, utan tryckt adress (R-TG-4).</source>
        <translation>Protected identity: summoned by hand, without a printed address (R-TG-4).</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>recall_view</name>
    <message>
        <location filename="../../klinik_app/ui/recall_view.py" line="-677"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarig tandläkare (R-LI-6)</source>
        <translation>No responsible dentist (R-LI-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga patienter att kalla med de här filtren.</source>
        <translation>No patients to summon with these filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj en patient i listan för att se varför revisionen infaller då.</source>
        <translation>Choose a patient in the list to see why the revision falls due then.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskriften avbröts; inga kallelser registrerades.</source>
        <translation>The printing was cancelled; no summons were registered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denna månad</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa månad</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre månader</source>
        <translation>Three months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget intervall</source>
        <translation>Own range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse ska skickas</source>
        <translation>Reminder due</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{patients}, ingen försenad</source>
        <translation>{patients}, none overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patients}, varav 1 försenad</source>
        <translation>{patients}, 1 of them overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patients}, varav {overdue} försenade</source>
        <translation>{patients}, {overdue} of them overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patients</translation>
    </message>
</context>
<context>
    <name>record_copy_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="-87"/>
        <source>Journalkopia</source>
        <translation>Record copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kopia av allt Klinik har om patienten, som PDF och som FHIR-fil. Till en annan vårdgivare bara med patientens eller vårdnadshavarens samtycke (R-SE-4). Kopian är kostnadsfri och utlämnandet registreras och loggas.</source>
        <translation>A copy of everything Klinik holds about the patient, as a PDF and as a FHIR file. To another care provider only with the consent of the patient or the guardian (R-SE-4). The copy is free of charge and the disclosure is registered and logged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annan vårdgivare (med samtycke)</source>
        <translation>Another care provider (with consent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten själv (egen begäran)</source>
        <translation>The patient (own request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vårdnadshavare (egen begäran)</source>
        <translation>Guardian (own request)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Journalkopia…</source>
        <translation>&amp;Record copy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopia av patientens journal till en annan vårdgivare eller till patienten (R-SE-4)</source>
        <translation>A copy of the patient&apos;s record for another care provider or for the patient (R-SE-4)</translation>
    </message>
</context>
<context>
    <name>referral_list</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="-243"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Specialitet</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Skriven</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Skickad till</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Att observera</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Födelsedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Skicka senast</source>
        <translation>Send by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar utan svar</source>
        <translation>Days without an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga remisser.</source>
        <translation>No referrals.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Remisser</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;misser</source>
        <translation>Refe&amp;rrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remisser som måste skickas snart och remisser som väntar på svar</source>
        <translation>Referrals that must be sent soon and referrals waiting for an answer</translation>
    </message>
</context>
<context>
    <name>register_view</name>
    <message>
        <location filename="../../klinik_app/ui/register_view.py" line="-217"/>
        <source>Sök på personnummer, namn eller telefon</source>
        <translation>Search by personal identity number, name or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visar de första 200 träffarna – skriv mer för att begränsa</source>
        <translation>Showing the first 200 hits – type more to narrow down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen patient matchar sökningen. Kontrollera stavningen, eller sök på personnummer eller telefon.</source>
        <translation>No patient matches the search. Check the spelling, or search by personal identity number or phone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddad – visas inte</source>
        <translation>Protected – not shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget val</source>
        <translation>Own choice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 träff</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} träffar</source>
        <translation>{count} hits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patients</translation>
    </message>
</context>
<context>
    <name>retention_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/retention_dialog.py" line="-71"/>
        <source>GALLRA</source>
        <translation>REMOVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallra</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senaste anteckning</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Gallring av journaler</source>
        <translation>Removal of records</translation>
    </message>
</context>
<context>
    <name>revision_panel</name>
    <message>
        <location filename="../../klinik_app/ui/revision_panel.py" line="-266"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökare</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervall</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft / DFT</source>
        <translation>deft / DFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tobak</source>
        <translation>Tobacco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettkontroll</source>
        <translation>Bite check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelbrott</source>
        <translation>Rule violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga undersökningar registrerade.</source>
        <translation>No examinations registered.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ingen revision inom Hälsoval (fri tandvård upphör </source>
        <translation>No revision within the dental choice system (free dental care ends </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> – passerat för 1 dag sedan</source>
        <translation> – overdue by 1 day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – passerat för {days} dagar sedan</source>
        <translation> – overdue by {days} days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – i dag</source>
        <translation> – today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · tandläkare krävs</source>
        <translation> · dentist required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · tandläkare eller tandhygienist</source>
        <translation> · dentist or dental hygienist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eget datum {override_due}</source>
        <translation>own date {override_due}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>orsak: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tandsköterska (tandhälsokontroll)</source>
        <translation>Dental nurse (dental health check)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KPAT</source>
        <comment>initials of the four risk areas</comment>
        <translation>CPGT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ej angivet → {used} mån</source>
        <translation>not given → {used} mo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} → {used} mån</source>
        <translation>{planned} → {used} mo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} mån</source>
        <translation>{planned} mo.</translation>
    </message>
</context>
<context>
    <name>row_tables</name>
    <message>
        <location filename="../../klinik_app/ui/row_tables.py" line="+23"/>
        <source>Kolumnrubriker</source>
        <translation>Column headers</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../klinik_app/services/absence.py" line="+1"/>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avslutad</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uppgiften finns inte längre. Uppdatera listan Att göra.</source>
        <translation>The task no longer exists. Refresh the To do list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppgiften</source>
        <translation>The task</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Uppgiften är redan avslutad.</source>
        <translation>The task is already closed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} kan inte ligga efter dagens datum ({today}).</source>
        <translation>{what} cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brevet kan inte ha skickats före {opened_on}, då uppgiften öppnades.</source>
        <translation>The letter cannot have been sent before {opened_on}, when the task was opened.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ange datum för orosanmälan och vilket socialkontor den gick till.</source>
        <translation>Enter the date of the report of concern and which social services office it went to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv skälet till att ingen orosanmälan görs (minst några ord).</source>
        <translation>Write why no report of concern is made (at least a few words).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Patienten har skyddad identitet: brevet skrivs inte ut med adress. Informera enligt klinikens rutin (R-TG-4).</source>
        <translation>The patient has a protected identity: the letter is not printed with an address. Inform them following the clinic&apos;s routine (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adress saknas för patienten och vårdnadshavarna. Komplettera adressen och försök igen.</source>
        <translation>The address of the patient and the guardians is missing. Add the address and try again.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/accounts.py" line="-224"/>
        <source>Fel HSA-ID eller lösenord.</source>
        <translation>Wrong HSA-ID or password.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lösenordet måste ha minst {min_length} tecken.</source>
        <translation>The password must have at least {min_length} characters.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skärmen ska låsas efter {lowest} till {highest} minuter utan aktivitet. {minutes} minuter går inte att välja.</source>
        <translation>The screen locks after {lowest} to {highest} minutes without activity. {minutes} minutes cannot be chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skärmlåset</source>
        <translation>The screen lock</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontot finns inte längre eller är avslutat. Logga in på nytt.</source>
        <translation>The account no longer exists or has been ended. Log in again.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kontot är låst efter för många felaktiga försök, till kl. {until:%H:%M}. Försök igen då, eller be en administratör låsa upp det.</source>
        <translation>The account is locked after too many failed attempts, until {until:%H:%M}. Try again then, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{hsa_id} är inget aktivt konto i Klinik. En administratör lägger upp kontot.</source>
        <translation>{hsa_id} is not an active account in Klinik. An administrator sets up the account.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Det finns inget konto med HSA-ID {hsa_id}.</source>
        <translation>There is no account with HSA-ID {hsa_id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Okänd roll: {roles}.</source>
        <translation>Unknown role: {roles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett konto behöver minst en roll.</source>
        <translation>An account needs at least one role.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kontot {hsa}</source>
        <translation>The account {hsa}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Namnet saknas.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Okänd yrkesroll: {profession}.</source>
        <translation>Unknown profession: {profession}.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Det måste finnas minst en aktiv administratör med lösenord.</source>
        <translation>There must be at least one active administrator with a password.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Administratörens namn saknas.</source>
        <translation>The administrator&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/appointments.py" line="-262"/>
        <source>Skriv rummets namn (högst 100 tecken).</source>
        <translation>Enter the room&apos;s name (at most 100 characters).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det finns redan ett rum som heter {name}. Välj ett annat namn.</source>
        <translation>There is already a room called {name}. Choose another name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rummet finns inte längre.</source>
        <translation>The room no longer exists.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../klinik_app/services/audit.py" line="+553"/>
        <location filename="../../klinik_app/services/listing.py" line="-91"/>
        <location filename="../../klinik_app/services/patients.py" line="-331"/>
        <source>Patienten finns inte längre i registret.</source>
        <translation>The patient is no longer in the register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den missade tiden som den nya tiden ersätter hör inte till patienten.</source>
        <translation>The missed appointment that the new one replaces does not belong to the patient.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Okänd typ av tid: {kind}.</source>
        <translation>Unknown type of appointment: {kind}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tiden är {status} och kan inte flyttas. Boka en ny tid i stället.</source>
        <translation>The appointment is {status} and cannot be moved. Book a new appointment instead.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden är {status}; bara en bokad tid kan bekräftas.</source>
        <translation>The appointment is {status}; only a booked appointment can be confirmed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden är redan {status}.</source>
        <translation>The appointment is already {status}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden har inte varit än. Markera utfallet när tiden har passerat.</source>
        <translation>The appointment has not happened yet. Record the outcome once it has passed.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Det finns ingen i personalen med HSA-id {caregiver_hsa_id}.</source>
        <translation>There is no one on the staff with HSA-ID {caregiver_hsa_id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rummet finns inte längre. Välj ett annat rum.</source>
        <translation>The room no longer exists. Choose another room.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{who} har redan en tid {start:%Y-%m-%d %H:%M}–{end:%H:%M} som krockar med den här. Välj en annan tid.</source>
        <translation>{who} already has an appointment {start:%Y-%m-%d %H:%M}–{end:%H:%M} that clashes with this one. Choose another time.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tiden finns inte längre i tidboken. Uppdatera vyn.</source>
        <translation>The appointment is no longer in the appointment book. Refresh the view.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tiden {time} för {name}</source>
        <translation>The appointment {time} for {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tiden</source>
        <translation>The appointment</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_export.py" line="+54"/>
        <source>Klinikarkivet är skrivet till {folder}: {tables} tabeller, {rows} rader.</source>
        <translation>The clinic archive is written to {folder}: {tables} tables, {rows} rows.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mappen {folder} är inte tom. Välj en ny, tom mapp för klinikarkivet.</source>
        <translation>The folder {folder} is not empty. Choose a new, empty folder for the clinic archive.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Databasen har tabeller som den här versionen av Klinik inte känner till ({tables}). Uppdatera Klinik och försök igen.</source>
        <translation>The database has tables that this version of Klinik does not know ({tables}). Update Klinik and try again.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_import.py" line="+47"/>
        <source>Klinikarkivet är inläst: {tables} tabeller, {rows} rader (arkivets version {revision}).</source>
        <translation>The clinic archive is read in: {tables} tables, {rows} rows (the archive&apos;s version {revision}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} saknas eller går inte att läsa. Välj mappen som innehåller ett klinikarkiv.</source>
        <translation>{path} is missing or cannot be read. Choose the folder that holds a clinic archive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} beskriver inget klinikarkiv som den här versionen av Klinik kan läsa.</source>
        <translation>{path} does not describe a clinic archive that this version of Klinik can read.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filen {name} saknas i klinikarkivet. Arkivet är inte komplett; ingenting har lästs in.</source>
        <translation>The file {name} is missing from the clinic archive. The archive is not complete; nothing has been read in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} i klinikarkivet har ändrats efter att arkivet skrevs (kontrollsumman stämmer inte). Ingenting har lästs in; använd en oförändrad kopia av arkivet.</source>
        <translation>The file {name} in the clinic archive has changed since the archive was written (the checksum does not match). Nothing has been read in; use an unchanged copy of the archive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klinikarkivet har skrivits av en nyare version av Klinik. Uppdatera Klinik och försök igen.</source>
        <translation>The clinic archive was written by a newer version of Klinik. Update Klinik and try again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Klinikarkivet innehåller tabeller som saknas i databasens schema ({tables}). Ingenting har lästs in.</source>
        <translation>The clinic archive holds tables that are missing from the database&apos;s schema ({tables}). Nothing has been read in.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Klinikarkivet hänvisar till rader som saknas i arkivet. Ingenting har lästs in.</source>
        <translation>The clinic archive refers to rows that are missing from the archive. Nothing has been read in.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Databasen innehåller redan uppgifter. Ett klinikarkiv läses bara in i en ny, tom databas: välj en ny databasfil (eller en tom PostgreSQL-databas).</source>
        <translation>The database already holds data. A clinic archive is only read into a new, empty database: choose a new database file (or an empty PostgreSQL database).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databasen har en åtkomstlogg. Ett klinikarkiv läses bara in i en ny, tom databas.</source>
        <translation>The database has an access log. A clinic archive is only read into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/area_clinics.py" line="+34"/>
        <source>Kommunkoden ska vara fyra siffror, till exempel 2480 för Umeå.</source>
        <translation>The municipality code must be four digits, for example 2480 for Umeå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnumrets början ska vara 1–5 siffror, till exempel 903 eller 90326.</source>
        <translation>The start of the postal code must be 1–5 digits, for example 903 or 90326.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ange klinikens namn.</source>
        <translation>Enter the clinic&apos;s name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Områdesansvaret för {code} {prefix}</source>
        <translation>The area responsibility for {code} {prefix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Områdesansvaret för {code}</source>
        <translation>The area responsibility for {code}</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/audit.py" line="-437"/>
        <source>Åtkomstloggen måste sparas i minst {min_years} år (HSLF-FS 2016:40), så {years} år går inte att välja. Ange {min_years} år eller fler; standard är {default_years} år.</source>
        <translation>The access log must be kept for at least {min_years} years (HSLF-FS 2016:40), so {years} years cannot be chosen. Enter {min_years} years or more; the default is {default_years} years.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{years} år är orimligt länge. Ange högst {max_years} år.</source>
        <translation>{years} years is unreasonably long. Enter at most {max_years} years.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Perioden börjar {first_day}, efter att den slutar {last_day}. Rätta datumen.</source>
        <translation>The period starts {first_day}, after it ends {last_day}. Correct the dates.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>{month:%Y-%m} är inte slut än, så {doing} förrän månaden är över.</source>
        <translation>{month:%Y-%m} is not over yet, so {doing} until the month has ended.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stickprovet måste omfatta minst en post.</source>
        <translation>The sample must include at least one entry.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skriv vad granskningen kom fram till (till exempel ”Inga avvikelser”) innan den kvitteras.</source>
        <translation>Write what the review found (for example “No deviations”) before it is signed off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stickprovet gäller {sample_month:%Y-%m}, inte {month:%Y-%m}.</source>
        <translation>The sample is for {sample_month:%Y-%m}, not {month:%Y-%m}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loggkontrollen för {month:%Y-%m} kvitterades redan {signed_on:%Y-%m-%d} av {name}. Ange att den nya kvitteringen ersätter den tidigare om den ska gälla i stället.</source>
        <translation>The log check for {month:%Y-%m} was already signed off {signed_on:%Y-%m-%d} by {name}. State that the new sign-off replaces the earlier one if it is to apply instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det finns ingen kvittering för {month:%Y-%m} att ersätta.</source>
        <translation>There is no sign-off for {month:%Y-%m} to replace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stickprovet stämmer inte längre med loggen. Ta ett nytt stickprov och granska det.</source>
        <translation>The sample no longer matches the log. Take a new sample and review it.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>1 åtkomst</source>
        <translation>1 access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} åtkomster</source>
        <translation>{count} accesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggutdrag för {patient_name} ({period}): {entries}, skrivet till {path}. Utlämnandet är loggat.</source>
        <translation>Log extract for {patient_name} ({period}): {entries}, written to {path}. The disclosure is logged.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>från och med {first}</source>
        <translation>from {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till och med {last}</source>
        <translation>up to and including {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela den tid loggen omfattar</source>
        <translation>the whole time the log covers</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>saknas</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}. Det noterade sigillet finns kvar i kedjan (post id {entry_id}).</source>
        <translation>The access log is unchanged: {entries} entries, seal {seal}. The noted seal is still in the chain (entry id {entry_id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}.</source>
        <translation>The access log is unchanged: {entries} entries, seal {seal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 avvikelse</source>
        <translation>1 anomaly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} avvikelser</source>
        <translation>{count} anomalies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åtkomstloggen har ändrats: {count} bland {entries} poster, den första vid post id {entry_id} ({at}). Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</source>
        <translation>The access log has been changed: {count} among {entries} entries, the first at entry id {entry_id} ({at}). Save the list, change nothing in the database and contact the head of clinic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åtkomstloggen har ändrats: {count} bland {entries} poster. Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</source>
        <translation>The access log has been changed: {count} among {entries} entries. Save the list, change nothing in the database and contact the head of clinic.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{seal}&apos; är inget sigill. Ange sigillet som det skrevs ut (64 tecken 0–9 och a–f), eller minst de 16 första tecknen.</source>
        <translation>&apos;{seal}&apos; is not a seal. Enter the seal as it was printed (64 characters 0–9 and a–f), or at least its first 16 characters.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Åtkomstloggen kan inte kontrolleras i en databas av typen {dialect}.</source>
        <translation>The access log cannot be checked in a database of type {dialect}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sigillet från loggkontrollen av {month} (kvitterad {signed_on}) finns inte längre i loggen: loggen har skrivits om eller kortats sedan dess.</source>
        <translation>The seal from the log review of {month} (signed off {signed_on}) is no longer in the log: the log has been rewritten or shortened since then.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Det noterade sigillet {seal}… finns inte i loggen: loggen har skrivits om eller kortats sedan sigillet noterades.</source>
        <translation>The noted seal {seal}… is not in the log: the log has been rewritten or shortened since the seal was noted.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+92"/>
        <source>post id {entry_id} ({at})</source>
        <translation>entry id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Post id {entry_id} ({at})</source>
        <translation>Entry id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} har lagts in i efterhand: den ingår inte i kedjan.</source>
        <translation>{where} has been inserted afterwards: it is not part of the chain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} ligger i fel ordning i kedjan: den hör hemma efter post id {home_id}.</source>
        <translation>{where} is in the wrong order in the chain: it belongs after entry id {home_id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} ligger i fel ordning i kedjan.</source>
        <translation>{where} is in the wrong order in the chain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} har ändrats: innehållet stämmer inte med postens kontrollsumma.</source>
        <translation>{where} has been changed: the content does not match the entry&apos;s checksum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poster har tagits bort i början av loggen, före {where}.</source>
        <translation>Entries have been removed at the start of the log, before {where}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id {entry_id} saknas</source>
        <translation>id {entry_id} is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {first_id}–{last_id} saknas</source>
        <translation>ids {first_id}–{last_id} are missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poster har tagits bort mellan {before} och {where}: {missing}.</source>
        <translation>Entries have been removed between {before} and {where}: {missing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kedjan bryts mellan {before} och {where}: poster däremellan har tagits bort, eller post id {entry_id} har ändrats och fått en ny kontrollsumma.</source>
        <translation>The chain breaks between {before} and {where}: entries in between have been removed, or entry id {entry_id} has been changed and given a new checksum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loggens sigill saknas: det har tagits bort. Poster som tagits bort i slutet av loggen kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</source>
        <translation>The log&apos;s seal is missing: it has been removed. Entries removed at the end of the log cannot be detected; compare with a noted seal (klinik audit verify --expect SIGILL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loggens sigill har tagits bort och gjorts om {at}: poster som togs bort i slutet av loggen före dess kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</source>
        <translation>The log&apos;s seal was removed and made again {at}: entries removed at the end of the log before then cannot be detected; compare with a noted seal (klinik audit verify --expect SIGILL).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loggen har {count} poster men sigillet anger {sealed_count}: poster har tagits bort eller lagts till utanför programmet.</source>
        <translation>The log has {count} entries but the seal states {sealed_count}: entries have been removed or added outside the program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>loggens början</source>
        <translation>the start of the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} poster efter {after} har lagts till utanför programmet (sigillet har inte följt med); den sista är post id {last_id}.</source>
        <translation>{count} entries after {after} have been added outside the program (the seal has not followed); the last is entry id {last_id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sista post id {entry_id} ({at})</source>
        <translation>last entry id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inga poster</source>
        <translation>no entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggen är tom, men sigillet anger {sealed_count} poster ({sealed}).</source>
        <translation>The log is empty, but the seal states {sealed_count} entries ({sealed}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poster har tagits bort i slutet av loggen: den slutar vid post id {last_id} ({at}), men sigillet anger {sealed_count} poster och {sealed}; {missing} poster saknas.</source>
        <translation>Entries have been removed at the end of the log: it ends at entry id {last_id} ({at}), but the seal states {sealed_count} entries and {sealed}; {missing} entries are missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sista posten, id {last_id} ({at}), stämmer inte med sigillet ({sealed}): den har ändrats och fått en ny kontrollsumma, eller loggens slut har tagits bort och skrivits om.</source>
        <translation>The last entry, id {last_id} ({at}), does not match the seal ({sealed}): it has been changed and given a new checksum, or the end of the log has been removed and rewritten.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/backup.py" line="+4"/>
        <source>Databasen är en PostgreSQL-server. Den säkerhetskopieras med serverns egen säkerhetskopiering (pg_dump eller serverns rutin), inte av Klinik. Be den som sköter databasservern om hjälp.</source>
        <translation>The database is a PostgreSQL server. It is backed up by the server&apos;s own backup (pg_dump or the server&apos;s routine), not by Klinik. Ask whoever runs the database server for help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vid avslut</source>
        <translation>On exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Före uppdatering</source>
        <translation>Before update</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Säkerhetskopior ska sparas i minst {min_days} dagar (högst {max_days} dagar), så {keep_days} dagar går inte att välja.</source>
        <translation>Backups must be kept for at least {min_days} days (at most {max_days} days), so {keep_days} days cannot be chosen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ange hur många av de senaste kopiorna som alltid sparas: 1 till {max_count}.</source>
        <translation>Enter how many of the latest copies are always kept: 1 to {max_count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inställningarna för säkerhetskopior</source>
        <translation>The backup settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Klinik kan inte skriva i mappen {folder} ({reason}). Ingenting har sparats. Välj en mapp där du får skapa filer, till exempel på en extern disk eller en nätverksenhet.</source>
        <translation>Klinik cannot write in the folder {folder} ({reason}). Nothing has been saved. Choose a folder where you may create files, for example on an external disk or a network drive.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Filen kunde inte öppnas.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopian är skadad.</source>
        <translation>The copy is damaged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är ingen Klinik-databas.</source>
        <translation>The file is not a Klinik database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen är skadad eller ingen databas.</source>
        <translation>The file is damaged or not a database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopian kommer från en nyare version av Klinik eller är ingen Klinik-databas.</source>
        <translation>The copy comes from a newer version of Klinik or is not a Klinik database.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Det är databasen själv.</source>
        <translation>It is the database itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säkerhetskopian {backup} kan inte återställas: {problem} Databasen är oförändrad.</source>
        <translation>The backup {backup} cannot be restored: {problem} The database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/capacity.py" line="+109"/>
        <source>Okänt slag av undantag &apos;{kind}&apos;. Välj ledighet eller extra dag.</source>
        <translation>Unknown kind of exception &apos;{kind}&apos;. Choose time off or extra day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undantaget {first_day}–{last_day} slutar innan det börjar. Rätta datumen.</source>
        <translation>The exception {first_day}–{last_day} ends before it starts. Correct the dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den extra dagen {day}</source>
        <translation>the extra day {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbetstider läggs bara in för tandläkare och tandhygienister. Välj en av dem.</source>
        <translation>Working hours are only entered for dentists and dental hygienists. Choose one of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbetstiderna har sparats på en annan arbetsstation sedan du öppnade dem. Ingenting sparades. Stäng och öppna Arbetstider igen för att se dem; det du skrev finns kvar här.</source>
        <translation>The working hours were saved on another workstation after you opened them. Nothing was saved. Close and open Working hours again to see them; what you typed is still here.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>okänd veckodag</source>
        <translation>an unknown weekday</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbetstiden för {what} måste sluta efter att den börjar, samma dag. Rätta tiderna.</source>
        <translation>The working hours for {what} must end after they start, on the same day. Correct the times.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Andelen revisionstid för {what} ska vara mellan 0 och 100 procent.</source>
        <translation>The share of revision time for {what} must be between 0 and 100 percent.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/clinic.py" line="+16"/>
        <source>Ange gatuadress, postnummer och postort.</source>
        <translation>Enter the street address, postal code and town.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange klinikens namn. Det står överst på alla brev.</source>
        <translation>Enter the clinic&apos;s name. It is printed at the top of every letter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <source>Regelverket &apos;{rule_set_id}&apos; finns inte. Tillgängliga: {rule_sets}.</source>
        <translation>The rule set &apos;{rule_set_id}&apos; does not exist. Available: {rule_sets}.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Klinikens uppgifter</source>
        <translation>The clinic&apos;s details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen har ingen klinik än.</source>
        <translation>The database has no clinic yet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Klinikens namn saknas.</source>
        <translation>The clinic&apos;s name is missing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Databasen tillhör redan kliniken {clinic} ({hsa_id}). En databas hör till en enda klinik.</source>
        <translation>The database already belongs to the clinic {clinic} ({hsa_id}). A database belongs to one clinic only.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/concurrency.py" line="+32"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ändras inte)</source>
        <translation>(not changed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} har ändrats på en annan arbetsstation av {by} {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} was changed on another workstation by {by} {at} after you opened it. None of your change has been saved. Open it again and redo the change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation av {by} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} was changed on another workstation by {by} after you opened it. None of your change has been saved. Open it again and redo the change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} was changed on another workstation {at} after you opened it. None of your change has been saved. Open it again and redo the change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} was changed on another workstation after you opened it. None of your change has been saved. Open it again and redo the change.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/demo.py" line="+117"/>
        <source>Antalet patienter måste vara minst 1.</source>
        <translation>The number of patients must be at least 1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databasen har ingen klinik än. Kör först: klinik init --clinic-hsa-id ... --clinic-name ...</source>
        <translation>The database has no clinic yet. First run: klinik init --clinic-hsa-id ... --clinic-name ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen har redan patienter. Demodata kan bara läggas i en ny, tom databas.</source>
        <translation>The database already has patients. Demo data can only go into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/deviations.py" line="+43"/>
        <source>Avvikelsen finns inte längre.</source>
        <translation>The deviation no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Någon annan har just ändrat avvikelsen. Den visas nu som den är; gör steget igen.</source>
        <translation>Someone else has just changed the deviation. It is now shown as it is; do the step again.</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Avvikelsen är redan avslutad.</source>
        <translation>The deviation is already closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara avvikelser som gäller en annan part har ett svar att registrera.</source>
        <translation>Only deviations that concern another party have an answer to register.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Det finns ingen patient med det personnumret i registret.</source>
        <translation>There is no patient with that personal identity number in the register.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/emergency.py" line="+116"/>
        <source>Ange patientens för- och efternamn.</source>
        <translation>Enter the patient&apos;s first and last name.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Välj var patienten bor (i länet, tillfälligt utanför eller i ett annat län).</source>
        <translation>Choose where the patient lives (in the county, temporarily outside it, or in another county).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv kort vilka besvär patienten hade och vad som gjordes.</source>
        <translation>Write briefly what trouble the patient had and what was done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besöksdatumet kan inte ligga i framtiden.</source>
        <translation>The visit date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+20"/>
        <location filename="../../klinik_app/services/treatments.py" line="-68"/>
        <source>Akutbesöket finns inte längre.</source>
        <translation>The emergency visit no longer exists.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ange både klinikens HSA-id och namn.</source>
        <translation>Enter both the clinic&apos;s HSA-ID and its name.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Patientens egen klinik är inte känd ännu. Rapporten kan skrivas när betalaren har fastställts (listan Betalare okänd).</source>
        <translation>The patient&apos;s own clinic is not known yet. The report can be written once the payer has been settled (the Payer unknown list).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Det finns inga akutbesök att fakturera för {month:%Y-%m}. {waiting} besök väntar på att betalaren blir känd.</source>
        <translation>There are no emergency visits to invoice for {month:%Y-%m}. {waiting} visits are waiting for the payer to be known.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns inga akutbesök att fakturera för {month:%Y-%m}.</source>
        <translation>There are no emergency visits to invoice for {month:%Y-%m}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/errors.py" line="+41"/>
        <source>Databasfilen är skrivskyddad, så Klinik kan inte spara något i den. Ta bort skrivskyddet i filens egenskaper, eller be IT om skrivrätt till filen och dess mapp, och starta sedan Klinik igen.</source>
        <translation>The database file is read-only, so Klinik cannot save anything in it. Remove the read-only setting in the file&apos;s properties, or ask IT for write access to the file and its folder, and then start Klinik again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen hålls låst av ett annat program (kanske Klinik i ett annat användarkonto eller ett program som kopierar filen). Stäng det programmet och försök igen.</source>
        <translation>The database is kept locked by another program (perhaps Klinik in another user account, or a program that copies the file). Close that program and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databasfilen är skadad eller ingen Klinik-databas. Återställ den senaste hela säkerhetskopian (fönstret erbjuder det vid start; annars kommandot klinik restore FIL), eller kontakta support.</source>
        <translation>The database file is damaged or not a Klinik database. Restore the latest complete backup (the window offers it at start; otherwise the command klinik restore FILE), or contact support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disken är full. Ingenting från det här steget har sparats, och det som sparats tidigare finns kvar. Frigör utrymme på disken (eller be IT om hjälp) och försök sedan igen.</source>
        <translation>The disk is full. Nothing from this step has been saved, and what was saved before is still there. Free up space on the disk (or ask IT for help) and then try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databasen används just nu av ett annat program. Vänta en stund och försök igen.</source>
        <translation>The database is being used by another program right now. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen är skrivskyddad. Kontrollera filens behörigheter eller välj en annan databas.</source>
        <translation>The database is read-only. Check the file&apos;s permissions or choose another database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasfilen är skadad eller ingen Klinik-databas. Återställ den från en säkerhetskopia.</source>
        <translation>The database file is damaged or not a Klinik database. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasfilen kunde inte öppnas. Kontrollera sökvägen och behörigheterna.</source>
        <translation>The database file could not be opened. Check the path and the permissions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasservern svarar inte. Kontrollera adressen och att servern är igång.</source>
        <translation>The database server does not answer. Check the address and that the server is running.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett databasfel inträffade; ingenting har ändrats. Försök igen, och kontakta support om det upprepas.</source>
        <translation>A database error occurred; nothing has been changed. Try again, and contact support if it happens again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Filen {file} kunde inte läsas eller skrivas: {reason}.</source>
        <translation>The file {file} could not be read or written: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen kunde inte läsas eller skrivas: {reason}.</source>
        <translation>The file could not be read or written: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett oväntat fel inträffade ({error}). Ingenting har ändrats. Detaljer finns i loggen i {log_dir}.</source>
        <translation>An unexpected error occurred ({error}). Nothing has been changed. Details are in the log in {log_dir}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/examinations.py" line="+160"/>
        <source>Det finns redan en undersökning av {role} {date} för patienten. Öppna historiken och kontrollera den.</source>
        <translation>There is already an examination by a {role} on {date} for the patient. Open the history and check it.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/indicator_report.py" line="+51"/>
        <source>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda. {missing_plans} missade mål saknar handlingsplan.</source>
        <translation>The follow-up report is written to {path}: {indicators} indicators, {met} targets met, {close} near, {missed} not met. {missing_plans} missed targets have no action plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda.</source>
        <translation>The follow-up report is written to {path}: {indicators} indicators, {met} targets met, {close} near, {missed} not met.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Periodens första dag ligger efter dess sista dag. Byt plats på datumen.</source>
        <translation>The period&apos;s first day is after its last day. Swap the dates.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adressen till {orderer} saknas. Fyll i den under Arkiv → Beställare och mål.</source>
        <translation>The address of {orderer} is missing. Fill it in under File → Orderers and targets.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Formatet ska vara pdf eller csv.</source>
        <translation>The format must be pdf or csv.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/indicators.py" line="+147"/>
        <source>Periodens slut ({last_day}) ligger före dess början ({first_day}).</source>
        <translation>The period&apos;s end ({last_day}) is before its start ({first_day}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Okänd indikator: {unknown}. Kända: {known}.</source>
        <translation>Unknown indicator: {unknown}. Known: {known}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Listad ({listing_type}) sedan {start}, räknad {day}</source>
        <translation>Listed ({listing_type}) since {start}, counted {day}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Ingen revision inom Hälsoval</source>
        <translation>No revision within the dental choice system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förföll {due} ({days} dagar sedan)</source>
        <translation>Was due {due} ({days} days ago)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfaller {due}</source>
        <translation>Due {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}; {reason}</source>
        <translation>{detail}; {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{day} {fee} kr</source>
        <translation>{day} {fee} SEK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} (ny tid senast {deadline})</source>
        <translation>{day} (new time by {deadline})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblev {days}</source>
        <translation>No-show {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift {days}</source>
        <translation>Fee {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen ny tid i tid efter {days}</source>
        <translation>No new time in time after {days}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Listad (val) när listningsstoppet infördes {start}</source>
        <translation>Listed (val) when the listing stop began {start}</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing.py" line="+36"/>
        <source>Ange hur samtycket lämnades: på plats, telefon, papper eller e-tjänst.</source>
        <translation>Enter how the consent was given: in person, by phone, on paper or via an e-service.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patienten är redan listad här genom eget val.</source>
        <translation>The patient is already listed here by their own choice.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{hsa_id} är ingen aktiv tandläkare vid kliniken (R-LI-6).</source>
        <translation>{hsa_id} is not an active dentist at the clinic (R-LI-6).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningen</source>
        <translation>The listing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listningen finns inte längre.</source>
        <translation>The listing no longer exists.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Välj varför listningen avslutas.</source>
        <translation>Choose why the listing ends.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listningen är redan avslutad.</source>
        <translation>The listing has already ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatumet kan inte ligga före listningens början.</source>
        <translation>The end date cannot be before the listing starts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listningen är redan markerad som felregistrerad.</source>
        <translation>The listing is already marked as entered in error.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_documents.py" line="+44"/>
        <source>Klinikens adress saknas. Fyll i den under Dokument → Klinikens uppgifter innan brev skrivs ut.</source>
        <translation>The clinic&apos;s address is missing. Fill it in under Documents → Clinic details before letters are printed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../klinik_app/services/listing_stop.py" line="+10"/>
        <source>Listningsstoppet finns inte längre.</source>
        <translation>The listing stop no longer exists.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Det finns inga listade patienter med adress att skriva till.</source>
        <translation>There are no listed patients with an address to write to.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inga patienter med skyddad identitet var listade under {month:%Y-%m}.</source>
        <translation>No patients with a protected identity were listed during {month:%Y-%m}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_stop.py" line="-30"/>
        <source>Ett listningsstopp kan inte börja före dagens datum.</source>
        <translation>A listing stop cannot start before today.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det finns redan ett listningsstopp från {start_date}.</source>
        <translation>There is already a listing stop from {start_date}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listningsstoppet</source>
        <translation>The listing stop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listningsstoppet är redan upphävt.</source>
        <translation>The listing stop has already been lifted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stoppet kan inte upphöra före sitt första datum.</source>
        <translation>The stop cannot end before its first date.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/orderers.py" line="+53"/>
        <source>{name}: målet nåddes inte {first}–{last} ({target}). Lägg in en handlingsplan.</source>
        <translation>{name}: the target was not met {first}–{last} ({target}). Add an action plan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Beställare {orderer_id} finns inte. Beställarna finns under Arkiv → Beställare och mål.</source>
        <translation>Orderer {orderer_id} does not exist. The orderers are under File → Orderers and targets.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Ange beställarens namn.</source>
        <translation>Enter the orderer&apos;s name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beställaren {name}</source>
        <translation>The orderer {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beställaren har tagits bort på en annan arbetsstation.</source>
        <translation>The orderer has been removed on another workstation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det finns redan en beställare som heter {name}. Välj den i listan i stället.</source>
        <translation>There is already an orderer called {name}. Choose it in the list instead.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Avtalet {year}</source>
        <translation>The agreement {year}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{indicator} följs bara upp som antal och har inget mål att jämföra med.</source>
        <translation>{indicator} is only followed up as a count and has no target to compare with.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Målvärdet och marginalen ska vara tal som är 0 eller större.</source>
        <translation>The target value and the margin must be numbers of 0 or more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Målet för {indicator} {year}</source>
        <translation>The target for {indicator} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} finns inte längre (borttaget på en annan arbetsstation).</source>
        <translation>{what} no longer exists (removed on another workstation).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Avtalet {year} har inga mål att kopiera.</source>
        <translation>The agreement {year} has no targets to copy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skriv vad som ska göras, vem som ansvarar och när det ska vara klart.</source>
        <translation>Write what is to be done, who is responsible and when it is to be finished.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Handlingsplanen för {indicator}</source>
        <translation>The action plan for {indicator}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Handlingsplanen har tagits bort på en annan arbetsstation.</source>
        <translation>The action plan has been removed on another workstation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handlingsplanen har redan tagits bort på en annan arbetsstation.</source>
        <translation>The action plan has already been removed on another workstation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handlingsplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ange avtalets år med fyra siffror, till exempel 2027.</source>
        <translation>Enter the agreement&apos;s year with four digits, for example 2027.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klinik känner inte till indikatorn {indicator_id}.</source>
        <translation>Klinik does not know the indicator {indicator_id}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Beställare {orderer_id} finns inte.</source>
        <translation>Orderer {orderer_id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patient_import.py" line="+51"/>
        <source>En annan användare ändrade patientuppgifter medan importen pågick. Ingenting har importerats; kör importen igen.</source>
        <translation>Another user changed patient details while the import was running. Nothing has been imported; run the import again.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patient_lookup.py" line="+24"/>
        <source>Det finns ingen patient med det personnumret i registret. Kontrollera numret.</source>
        <translation>There is no patient with that personal identity number in the register. Check the number.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patients.py" line="+211"/>
        <source>I målgruppen (R-TG-1, R-TG-2): folkbokförd i länet, ingår till och med {end}.</source>
        <translation>In the target group (R-TG-1, R-TG-2): registered as resident in the county, included up to and including {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför målgruppen (R-TG-2): folkbokförd utanför länet.</source>
        <translation>Outside the target group (R-TG-2): registered as resident outside the county.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>R-LI-6: Ansvarig tandläkare saknas.</source>
        <translation>R-LI-6: No responsible dentist.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Skriv varför du behöver uppgifterna (minst {min_length} tecken). Skälet loggas.</source>
        <translation>Write why you need the details (at least {min_length} characters). The reason is logged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patienten har inte skyddad identitet; uppgifterna står redan på patientkortet.</source>
        <translation>The patient does not have a protected identity; the details are already on the patient&apos;s card.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ange vilket språk tolken ska tala.</source>
        <translation>Enter which language the interpreter is to speak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patienten</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/permissions.py" line="+17"/>
        <source>Du har inte behörighet att {action}. Det får {roles}.</source>
        <translation>You are not permitted to {action}. This may be done by {roles}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/proposals.py" line="+87"/>
        <source>1 föreslagna tider bokade (inte bekräftade).</source>
        <translation>1 proposed time booked (not confirmed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} föreslagna tider bokade (inte bekräftade).</source>
        <translation>{count} proposed times booked (not confirmed).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</source>
        <translation>1 could not be booked: the time had been taken meanwhile. Propose again for that patient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</source>
        <translation>{count} could not be booked: the time had been taken meanwhile. Propose again for them.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Periodens slut ligger före dess början (eller före i dag). Välj en senare period.</source>
        <translation>The period&apos;s end is before its start (or before today). Choose a later period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslå tider för högst tre månader i taget.</source>
        <translation>Propose appointments for at most three months at a time.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Välj en tandläkare eller tandhygienist som finns med i planeringen.</source>
        <translation>Choose a dentist or dental hygienist who is part of the planning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj en dag i perioden {first_day}–{last_day}.</source>
        <translation>Choose a day in the period {first_day}–{last_day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionen ska göras senast {due_date}. Välj en tidigare dag.</source>
        <translation>The revision is due by {due_date}. Choose an earlier day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patienten ska undersökas av tandläkare (R-RV-3, R-RV-4, R-RV-6). Välj en tandläkare.</source>
        <translation>The patient is to be examined by a dentist (R-RV-3, R-RV-4, R-RV-6). Choose a dentist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Det finns inga förslag att godkänna. Föreslå tider först.</source>
        <translation>There are no proposals to approve. Propose appointments first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>patienten har redan en revisionstid</source>
        <translation>the patient already has a revision time</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall.py" line="-101"/>
        <source>Påminnelserna</source>
        <translation>The reminders</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>En påminnelse ska skickas {low_days} till {high_days} dagar efter kallelsen. {days} dagar går inte att välja.</source>
        <translation>A reminder is sent {low_days} to {high_days} days after the summons. {days} days cannot be chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange {low_count} till {high_count} påminnelser (0: ingen påminnelse, kliniken ringer i stället).</source>
        <translation>Enter {low_count} to {high_count} reminders (0: no reminder, the clinic phones instead).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{paused} till {date}</source>
        <translation>{paused} until {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} 1 gång</source>
        <translation>{status} once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} {count} gånger</source>
        <translation>{status} {count} times</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, senast {date}</source>
        <translation>{status}, last on {date}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Kallelsen för {name}</source>
        <translation>The summons for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Kallelsen</source>
        <translation>The summons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv en orsak. Den sparas med ändringen så att kollegorna ser varför.</source>
        <translation>Write a reason. It is saved with the change so that your colleagues see why.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orsaken får vara högst 200 tecken.</source>
        <translation>The reason may be at most 200 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Okänd kallelsestatus &apos;{status}&apos;.</source>
        <translation>Unknown recall status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Det egna datumet ligger i det förflutna. Välj dagens datum eller ett senare.</source>
        <translation>The own date is in the past. Choose today&apos;s date or a later one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pausen måste gälla till ett datum efter i dag.</source>
        <translation>The pause must last until a date after today.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Periodens slut ligger före dess början.</source>
        <translation>The period&apos;s end is before its start.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Markera minst en patient i listan först.</source>
        <translation>Select at least one patient in the list first.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall_list.py" line="+190"/>
        <source>--to ({last_day}) ligger före --from ({first_day}). Ange en period där --from kommer först.</source>
        <translation>--to ({last_day}) is before --from ({first_day}). Give a period where --from comes first.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/record_copy.py" line="+173"/>
        <source>{first} och {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat. Uppgiften om journalkopia är avslutad.</source>
        <translation>Record copy for {patient_name} to {recipient}: {sections} sections, {pages} pages, saved in {where}. The disclosure is recorded and logged. The record copy task is closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat.</source>
        <translation>Record copy for {patient_name} to {recipient}: {sections} sections, {pages} pages, saved in {where}. The disclosure is recorded and logged.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj minst en fil att spara kopian i (PDF eller FHIR).</source>
        <translation>Choose at least one file to save the copy in (PDF or FHIR).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patienten har skyddad identitet. Skriv varför kopian lämnas ut (minst {min_length} tecken). Skälet loggas.</source>
        <translation>The patient has a protected identity. Write why the copy is handed out (at least {min_length} characters). The reason is logged.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Datumet kan inte ligga efter dagens datum ({today}).</source>
        <translation>The date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det finns ingen öppen uppgift om journalkopia för patienten. Uppdatera listan Att göra.</source>
        <translation>There is no open record copy task for the patient. Refresh the To do list.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/referrals.py" line="-91"/>
        <source>Välj vilken specialitet remissen gäller.</source>
        <translation>Choose which specialty the referral is for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv varför patienten remitteras.</source>
        <translation>Write why the patient is referred.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten finns inte längre. Uppdatera vyn.</source>
        <translation>The patient no longer exists. Refresh the view.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skriv vilken klinik remissen skickas till.</source>
        <translation>Write which clinic the referral is sent to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remissen kan inte ha skickats innan den skrevs.</source>
        <translation>The referral cannot have been sent before it was written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj vad svaret blev.</source>
        <translation>Choose what the answer was.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Svaret kan inte ha kommit innan remissen skickades ({sent_on}).</source>
        <translation>The answer cannot have come before the referral was sent ({sent_on}).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remissen</source>
        <translation>The referral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remissen finns inte längre. Uppdatera vyn.</source>
        <translation>The referral no longer exists. Refresh the view.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remissen ({specialty})</source>
        <translation>The referral ({specialty})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} kan inte vara ett datum efter i dag ({today}).</source>
        <translation>{what} cannot be a date after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/retention.py" line="+14"/>
        <source>Journalernas lagringstid</source>
        <translation>The retention period of the records</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Välj minst en journal att gallra.</source>
        <translation>Choose at least one record to delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv en kommentar om granskningen innan journalerna gallras.</source>
        <translation>Write a comment about the review before the records are deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} av de valda journalerna har inte passerat lagringstiden (eller finns inte längre). Ingenting har gallrats; gör om granskningen.</source>
        <translation>{count} of the chosen records have not passed the retention period (or no longer exist). Nothing has been deleted; do the review again.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/snapshots.py" line="+199"/>
        <source>Okänd gruppering &apos;{by}&apos;. Välj en av: {groupings}.</source>
        <translation>Unknown grouping &apos;{by}&apos;. Choose one of: {groupings}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/sync.py" line="-322"/>
        <source>Adressen till regionens listningstjänst är inte inställd. Ange --server URL eller ställ in den under Inställningar.</source>
        <translation>The address of the region&apos;s listing service is not set. Give --server URL or set it under Settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange både klientcertifikat och nyckel (--client-cert och --client-key).</source>
        <translation>Give both the client certificate and the key (--client-cert and --client-key).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Databasen har ingen klinik än. Kör klinik init först.</source>
        <translation>The database has no clinic yet. Run klinik init first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En annan arbetsstation synkroniserar just nu; försök igen om en stund.</source>
        <translation>Another workstation is syncing right now; try again in a while.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{count} ändring skickade</source>
        <translation>{count} change sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ändringar skickade</source>
        <translation>{count} changes sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} från regionen ({details})</source>
        <translation>{count} from the region ({details})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} från regionen</source>
        <translation>{count} from the region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikt</source>
        <translation>{waiting} waiting, {attention} need attention, {conflicts} conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikter</source>
        <translation>{waiting} waiting, {attention} need attention, {conflicts} conflicts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stopped} Kön: {queue}.</source>
        <translation>{stopped} Queue: {queue}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stopped} Inget har gått förlorat. Kön: {queue}.</source>
        <translation>{stopped} Nothing has been lost. Queue: {queue}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synkroniserat med regionen: {done}. Kön: {queue}. Se listan över ändringar som behöver åtgärd.</source>
        <translation>Synced with the region: {done}. Queue: {queue}. See the list of changes that need attention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synkroniserat med regionen: {done}. Kön: {queue}.</source>
        <translation>Synced with the region: {done}. Queue: {queue}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} nya patienter</source>
        <translation>{count} new patients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} nya listningar</source>
        <translation>{count} new listings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} avslutade listningar</source>
        <translation>{count} ended listings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ändrade patientuppgifter</source>
        <translation>{count} changed patient details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} med skyddad identitet</source>
        <translation>{count} with protected identity</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>skickas igen</source>
        <translation>be sent again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dras tillbaka</source>
        <translation>be withdrawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>den är redan skickad till regionen</source>
        <translation>it has already been sent to the region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den är redan tillbakadragen</source>
        <translation>it has already been withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den är redan i kön</source>
        <translation>it is already in the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den har skickats igen sedan listan visades, och regionen har svarat på nytt</source>
        <translation>it has been sent again since the list was shown, and the region has answered again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>den har lagts i kön igen sedan listan visades</source>
        <translation>it has been put in the queue again since the list was shown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den finns inte längre</source>
        <translation>it no longer exists</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ändringen kan inte {what}: {state}. Ingenting har ändrats. Listan har uppdaterats.</source>
        <translation>The change cannot {what}: {state}. Nothing has been changed. The list has been updated.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Synkinställningarna</source>
        <translation>The sync settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</source>
        <translation>The address of the region&apos;s listing service must start with https:// (the sync never runs without TLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj både klientcertifikat och nyckel, eller ingen av dem.</source>
        <translation>Choose both the client certificate and the key, or neither of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervallet ska vara mellan 0 (av) och {max_minutes} minuter.</source>
        <translation>The interval must be between 0 (off) and {max_minutes} minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} finns inte: {path}. Välj en befintlig PEM-fil.</source>
        <translation>{label} does not exist: {path}. Choose an existing PEM file.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Ändringen är inte längre en konflikt (den har skickats, dragits tillbaka eller lagts i kön). Listan har uppdaterats.</source>
        <translation>The change is no longer a conflict (it has been sent, withdrawn or put in the queue). The list has been updated.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Klinikens version kan inte visas: {error}</source>
        <translation>The clinic&apos;s version cannot be shown: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten har skyddad identitet: ändringen skickas aldrig till regionen (R-TG-4).</source>
        <translation>The patient has a protected identity: the change is never sent to the region (R-TG-4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Regionens version har ändrats sedan jämförelsen eller har inte hämtats hit än. Öppna jämförelsen igen.</source>
        <translation>The region&apos;s version has changed since the comparison or has not been fetched here yet. Open the comparison again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skickas igen utifrån regionens version</source>
        <translation>be sent again based on the region&apos;s version</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/treatments.py" line="-106"/>
        <source>{schedule_kind} version {version} är redan inläst.</source>
        <translation>{schedule_kind} version {version} is already loaded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{fee_schedule} gäller redan från {valid_from}. En ny version måste börja ett annat datum.</source>
        <translation>{fee_schedule} already applies from {valid_from}. A new version must start on another date.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filen {path} finns inte.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen {path} kunde inte läsas ({error}). Spara den som UTF-8 och försök igen.</source>
        <translation>The file {path} could not be read ({error}). Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+60"/>
        <source>{schedule_kind}: {error}</source>
        <translation>{schedule_kind}: {error}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Besöket finns inte längre i tidboken.</source>
        <translation>The visit is no longer in the appointment book.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Välj vem som utförde behandlingen (en behandlare i personallistan).</source>
        <translation>Choose who performed the treatment (a practitioner in the staff list).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Behandlingen</source>
        <translation>The treatment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>borttagen</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Behandlingen finns inte längre.</source>
        <translation>The treatment no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Behandlingen är redan borttagen.</source>
        <translation>The treatment has already been removed.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/backup.py" line="+44"/>
        <source>Säkerhetskopian av databasen blev inte hel ({result}). Ingenting har ändrats.</source>
        <translation>The backup of the database was not complete ({result}). Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/engine.py" line="+87"/>
        <source>Databasen {path} ligger på en nätverksdisk. SQLite kan inte användas säkert där (ändringar kan gå förlorade). Lägg databasfilen på datorns egen disk, eller använd PostgreSQL för en klinik med flera arbetsplatser.</source>
        <translation>The database {path} is on a network drive. SQLite cannot be used safely there (changes can be lost). Put the database file on the computer&apos;s own disk, or use PostgreSQL for a clinic with several workstations.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mappen för databasen {folder} kan inte skapas: {reason}.</source>
        <translation>The folder for the database {folder} cannot be created: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/migrate.py" line="+54"/>
        <source>Databasen har skapats av en nyare version av Klinik än den som körs nu. Uppdatera Klinik på den här datorn innan du öppnar databasen.</source>
        <translation>The database was created by a newer version of Klinik than the one running now. Update Klinik on this computer before you open the database.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats; en säkerhetskopia finns i {backup}. Kontakta support.</source>
        <translation>The database could not be updated to the new version. Nothing has been changed; a backup is in {backup}. Contact support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats. Kontakta support.</source>
        <translation>The database could not be updated to the new version. Nothing has been changed. Contact support.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/lex_maria.py" line="+110"/>
        <source>En avidentifierad kopia till regionen gäller bara Lex Maria-ärenden (allvarlig vårdskada).</source>
        <translation>A de-identified copy to the region only applies to Lex Maria cases (serious harm in care).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/settings.py" line="+113"/>
        <source>Beställarens uppgifter</source>
        <translation>The orderer&apos;s details</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_view.py" line="+355"/>
        <source>{name} (slutat)</source>
        <translation>{name} (left)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/summons.py" line="+62"/>
        <source>1 brev</source>
        <translation>1 letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} brev</source>
        <translation>{count} letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letters} till {patients}</source>
        <translation>{letters} to {patients}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} att kalla manuellt (skyddad identitet eller adress saknas)</source>
        <translation>{count} to summon by hand (protected identity or no address)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} hoppades över (bokad, avböjt, pausad eller alla påminnelser skickade)</source>
        <translation>{count} skipped (booked, declined, paused or every reminder sent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kallelser: inga patienter valda.</source>
        <translation>Summons: no patients chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser: {parts}.</source>
        <translation>Summons: {parts}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>skyddad identitet: kallas utan tryckt adress (R-TG-4)</source>
        <translation>protected identity: summoned without a printed address (R-TG-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adress saknas</source>
        <translation>no address</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>ingen revision inom Hälsoval (R-RV-9)</source>
        <translation>no revision within the dental choice system (R-RV-9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pausad till {date}</source>
        <translation>paused until {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alla påminnelser skickade: ring eller markera som ej nåbar</source>
        <translation>every reminder sent: call or mark as unreachable</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_workers.py" line="+37"/>
        <source>En del av klinikarkivet kunde inte skrivas ({error}). Databasen är oförändrad; mappen är inte ett komplett arkiv. Försök igen med en ny, tom mapp, och kontakta IT om felet kommer tillbaka.</source>
        <translation>Part of the clinic archive could not be written ({error}). The database is unchanged; the folder is not a complete archive. Try again with a new, empty folder, and contact IT if the error comes back.</translation>
    </message>
</context>
<context>
    <name>staff_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="-199"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yrkesroll</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inloggning</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>HSA-ID</source>
        <translation>HSA ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avslutat</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget lösenord</source>
        <translation>No password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Låst till {locked_until:%H:%M}</source>
        <translation>Locked until {locked_until:%H:%M}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kan logga in</source>
        <translation>Can log in</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../klinik_app/sync/client.py" line="+117"/>
        <source>Certifikatfilen {file} finns inte. Kontrollera inställningarna för synkronisering (klientcertifikat, nyckel och regionens CA).</source>
        <translation>The certificate file {file} does not exist. Check the sync settings (client certificate, key and the region&apos;s CA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klientcertifikatet, nyckeln eller regionens CA kunde inte läsas ({reason}). Kontrollera filerna.</source>
        <translation>The client certificate, the key or the region&apos;s CA could not be read ({reason}). Check the files.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Regionens servercertifikat kunde inte verifieras. Kontrollera regionens CA-fil och adressen till listningstjänsten.</source>
        <translation>The region&apos;s server certificate could not be verified. Check the region&apos;s CA file and the address of the listing service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen godtog inte klinikens certifikat (det är okänt, har gått ut eller saknas). Kontakta regionen eller förnya funktionscertifikatet. Inget har gått förlorat.</source>
        <translation>The region did not accept the clinic&apos;s certificate (it is unknown, has expired or is missing). Contact the region or renew the function certificate. Nothing has been lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare.</source>
        <translation>The region&apos;s listing service could not be reached. The changes are waiting and will be sent later.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</source>
        <translation>The address of the region&apos;s listing service must begin with https:// (syncing never happens without TLS).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Regionen nekade kliniken åtkomst.</source>
        <translation>The region denied the clinic access.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen nekade kliniken: {answer} Kontrollera klinikens certifikat. Ändringarna ligger kvar i kön.</source>
        <translation>The region refused the clinic: {answer} Check the clinic&apos;s certificate. The changes stay in the queue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{answer} Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</source>
        <translation>{answer} The region&apos;s listing service is not answering right now. The changes are waiting and will be sent later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</source>
        <translation>The region&apos;s listing service is not answering right now. The changes are waiting and will be sent later.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adressen leder inte till en listningstjänst som klienten kan använda (inget CapabilityStatement). Kontrollera adressen.</source>
        <translation>The address does not lead to a listing service the client can use (no CapabilityStatement). Check the address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listningstjänsten stöds inte (FHIR-version {version}; kräver 4.0.x med transaktioner och _history). Kontakta regionen.</source>
        <translation>The listing service is not supported (FHIR version {version}; requires 4.0.x with transactions and _history). Contact the region.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regionens svar gick inte att tolka. Ändringen försöks igen senare.</source>
        <translation>The region&apos;s answer could not be read. The change will be tried again later.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ändringarna från regionen gick inte att hämta (oväntat svar). Försök igen senare.</source>
        <translation>The changes from the region could not be fetched (unexpected answer). Try again later.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../klinik_app/sync/pull.py" line="+141"/>
        <source>Regionens svar gick inte att tolka. Försök igen senare.</source>
        <translation>The region&apos;s answer could not be read. Try again later.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Regionens svar om var patienten är listad gick inte att tolka. Betalaren försöks igen senare.</source>
        <translation>The region&apos;s answer about where the patient is listed could not be read. The payer will be tried again later.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/codes.py" line="+131"/>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+201"/>
        <source>Okänd sorts ändring i utkorgen: {kind}.</source>
        <translation>Unknown kind of change in the outbox: {kind}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+120"/>
        <source>En tandhälsokontroll av tandsköterska rapporteras inte (R-RV-5).</source>
        <translation>A dental health check by a dental nurse is not reported (R-RV-5).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/codes.py" line="-22"/>
        <source>Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och regionens version och välj.</source>
        <translation>The item has been changed in the region since it was fetched. Compare the clinic&apos;s and the region&apos;s version and choose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} Regionen: {region}</source>
        <translation>{meaning} The region says: {region}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+145"/>
        <source>{meaning} ({where}: {problem})</source>
        <translation>{meaning} ({where}: {problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+4"/>
        <source>{meaning} (okänd kod {coding})</source>
        <translation>{meaning} (unknown code {coding})</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/conflict.py" line="+32"/>
        <source>Listning</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listing stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökning</source>
        <translation>Examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhälsodata</source>
        <translation>Dental health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upphävd</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slutförd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finns inte hos regionen</source>
        <translation>not held by the region</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagen i regionen</source>
        <translation>Deleted in the region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningstyp</source>
        <translation>Listing type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutsorsak</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/connection_check.py" line="+60"/>
        <source>Servern på adressen svarar inte med krypterad anslutning (TLS). Kontrollera adressen och porten; synkroniseringen sker aldrig utan TLS.</source>
        <translation>The server at the address does not answer with an encrypted connection (TLS). Check the address and the port; syncing never happens without TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionens listningstjänst gick inte att nå. Kontrollera adressen och nätverket, eller försök igen senare.</source>
        <translation>The region&apos;s listing service could not be reached. Check the address and the network, or try again later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regionen svarade (FHIR {version}). Vilken klinik certifikatet hör till gick inte att läsa ur filen.</source>
        <translation>The region answered (FHIR {version}). Which clinic the certificate belongs to could not be read from the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}, men databasen tillhör kliniken {clinic}. Välj klinikens eget certifikat.</source>
        <translation>The region answered (FHIR {version}). The certificate belongs to the clinic {name}, but the database belongs to the clinic {clinic}. Choose the clinic&apos;s own certificate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}.</source>
        <translation>The region answered (FHIR {version}). The certificate belongs to the clinic {name}.</translation>
    </message>
</context>
<context>
    <name>sync_conflict</name>
    <message>
        <location filename="../../klinik_app/ui/sync_conflict.py" line="-138"/>
        <source>Dra tillbaka ändringen</source>
        <translation>Withdraw the change</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> för {patient}</source>
        <translation> for {patient}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dra tillbaka ändringen? Den skickas då aldrig till regionen.

{about}.</source>
        <translation>Withdraw the change? It will then never be sent to the region.

{about}.</translation>
    </message>
</context>
<context>
    <name>sync_panel</name>
    <message>
        <location filename="../../klinik_app/ui/sync_panel.py" line="-47"/>
        <source>Regionen: synk ej konfigurerad</source>
        <translation>Region: sync not configured</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behöver åtgärd</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regionen: nekar anslutningen</source>
        <translation>Region: refuses the connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionen: nås inte (försöker igen {when})</source>
        <translation>Region: not reachable (trying again {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen: senast synkad {when}</source>
        <translation>Region: last synced {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen: aldrig synkad</source>
        <translation>Region: never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar</source>
        <translation>{waiting} waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{attention} behöver åtgärd</source>
        <translation>{attention} need attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 konflikt</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} konflikter</source>
        <translation>{count} conflicts</translation>
    </message>
</context>
<context>
    <name>todo_view</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="-233"/>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Öppnad</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblev</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första överenskomna tid</source>
        <translation>First agreed time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erbjud ny tid senast</source>
        <translation>Offer a new time by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömningen avslutas av en tandläkare, som dokumenterar beslutet om orosanmälan (R-AB-5). Kontakta patientens tandläkare.</source>
        <translation>A dentist closes the assessment and records the decision on a report of concern (R-AB-5). Contact the patient&apos;s dentist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datumet har passerat.</source>
        <translation>The date has passed.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att &amp;göra</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifter efter uteblivanden och patienter att erbjuda ny tid</source>
        <translation>Tasks after absences, and patients to offer a new time</translation>
    </message>
</context>
<context>
    <name>treatments_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/treatments_dialog.py" line="-94"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tand</source>
        <translation>Tooth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris (kr)</source>
        <translation>Price (SEK)</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <location filename="../../klinik_app/ui/trend_chart.py" line="-124"/>
        <source>Inget att visa för perioden</source>
        <translation>Nothing to show for the period</translation>
    </message>
</context>
<context>
    <name>unmarked_times</name>
    <message>
        <location filename="../../klinik_app/ui/unmarked_times.py" line="-77"/>
        <source>Tider utan utfall</source>
        <translation>Appointments without outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiderna har passerat men saknar utfall. Markera var och en: {attended} = genomförd, {no_show} = uteblev, Delete = avbokad, Enter = öppna tiden. Inget markeras automatiskt.</source>
        <translation>The appointments have passed but have no outcome. Mark each one: {attended} = attended, {no_show} = no-show, Delete = cancelled, Enter = open the appointment. Nothing is marked automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alla passerade tider har ett utfall.</source>
        <translation>All past appointments have an outcome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nej, endast föreslagen</source>
        <translation>No, only proposed</translation>
    </message>
</context>
</TS>
