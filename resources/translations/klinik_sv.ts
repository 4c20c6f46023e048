<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../klinik_app/ui/help_dialogs.py" line="+175"/>
        <location line="+1"/>
        <source>Om Klinik</source>
        <translation>Om Klinik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AbsenceStatsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/absence_stats_view.py" line="+69"/>
        <location line="+6"/>
        <source>Uteblivandestatistik</source>
        <translation>Uteblivandestatistik</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="+57"/>
        <source>Nytt konto</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ändra konto – {name}</source>
        <translation>Ändra konto – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollerna styr vad kontot får göra (se docs/permissions.md). Lämna lösenordet tomt för att behålla det nuvarande.</source>
        <translation>Rollerna styr vad kontot får göra (se docs/permissions.md). Lämna lösenordet tomt för att behålla det nuvarande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yrkesroll:</source>
        <translation>&amp;Yrkesroll:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roll: {role}</source>
        <translation>Roll: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Roller:</source>
        <translation>&amp;Roller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontot är &amp;aktivt</source>
        <translation>Kontot är &amp;aktivt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lösenord (minst {min_length} tecken):</source>
        <translation>&amp;Lösenord (minst {min_length} tecken):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>Lösenorden är inte lika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="+109"/>
        <source>Besluta åtgärder</source>
        <translation>Besluta åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv vad som ska göras, vem som ansvarar och sista dag. Tomma rader tas inte med.</source>
        <translation>Skriv vad som ska göras, vem som ansvarar och sista dag. Tomma rader tas inte med.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{mnemonic}Åtgärd {n}:</source>
        <translation>{mnemonic}Åtgärd {n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig {n}:</source>
        <translation>Ansvarig {n}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista dag {n}:</source>
        <translation>Sista dag {n}:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location line="+35"/>
        <source>Registrera svar</source>
        <translation>Registrera svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret från {other_party}.</source>
        <translation>Svaret från {other_party}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaret till {other_party} och dagen det lämnades (R-DV-2).</source>
        <translation>Svaret till {other_party} och dagen det lämnades (R-DV-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Svar:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mottaget den:</source>
        <translation>&amp;Mottaget den:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lämnat den:</source>
        <translation>&amp;Lämnat den:</translation>
    </message>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="+76"/>
        <source>Svar på remiss</source>
        <translation>Svar på remiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar från {recipient} på remissen för {patient_name} ({specialty}).</source>
        <translation>Svar från {recipient} på remissen för {patient_name} ({specialty}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Svar &amp;mottaget:</source>
        <translation>Svar &amp;mottaget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar mottaget</source>
        <translation>Svar mottaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Utfall:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj utfall</source>
        <translation>Välj utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera svaret</source>
        <translation>&amp;Registrera svaret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_actions.py" line="+98"/>
        <source>{patient_name}: tiden {when} är nu överenskommen.</source>
        <translation>{patient_name}: tiden {when} är nu överenskommen.</translation>
    </message>
</context>
<context>
    <name>AppointmentBookView</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_book.py" line="+100"/>
        <location line="+89"/>
        <source>Tidbok</source>
        <translation>Tidbok</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Föregående dag (PgUp)</source>
        <translation>Föregående dag (PgUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gå till i dag (Ctrl+T)</source>
        <translation>Gå till i dag (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa dag (PgDn)</source>
        <translation>Nästa dag (PgDn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Da&amp;gvy</source>
        <translation>Da&amp;gvy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En dag</source>
        <translation>En dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;eckovy</source>
        <translation>V&amp;eckovy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En vecka (mån–fre, och helgdagar med tider)</source>
        <translation>En vecka (mån–fre, och helgdagar med tider)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kolumner</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per behandlare</source>
        <translation>Per behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rum</source>
        <translation>Per rum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tider utan &amp;utfall</source>
        <translation>Tider utan &amp;utfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passerade tider som ännu inte markerats: markera dem</source>
        <translation>Passerade tider som ännu inte markerats: markera dem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny tid… (Insert)</source>
        <translation>&amp;Ny tid… (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boka en tid på vald plats (Insert, Ctrl+N)</source>
        <translation>Boka en tid på vald plats (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vä&amp;lj dag:</source>
        <translation>Vä&amp;lj dag:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kolumner:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Åtgärder för tiden</source>
        <translation>Åtgärder för tiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna tiden	Enter</source>
        <translation>Öppna tiden	Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny tid här…	Insert</source>
        <translation>Ny tid här…	Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekräfta överenskommelse…	B</source>
        <translation>Bekräfta överenskommelse…	B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markera genomförd	{key}</source>
        <translation>Markera genomförd	{key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markera uteblev	{key}</source>
        <translation>Markera uteblev	{key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avboka…	Delete</source>
        <translation>Avboka…	Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlingar vid besöket…	T</source>
        <translation>Behandlingar vid besöket…	T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppna patientkortet</source>
        <translation>Öppna patientkortet</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Tider utan &amp;utfall ({n})</source>
        <translation>Tider utan &amp;utfall ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tider utan utfall: {n}</source>
        <translation>Tider utan utfall: {n}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{start:%Y-%m-%d %H:%M}, {title}: ledig. Insert bokar en tid här.</source>
        <translation>{start:%Y-%m-%d %H:%M}, {title}: ledig. Insert bokar en tid här.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Föregående {unit} (PgUp)</source>
        <translation>Föregående {unit} (PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa {unit} (PgDn)</source>
        <translation>Nästa {unit} (PgDn)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Veckovyn visar en behandlare i taget: {name}. Byt under Behandlare (Alt+B).</source>
        <translation>Veckovyn visar en behandlare i taget: {name}. Byt under Behandlare (Alt+B).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Tiden är {status} och kan inte avbokas.</source>
        <translation>Tiden är {status} och kan inte avbokas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Behandlingar registreras på en genomförd tid. Markera tiden genomförd först (G).</source>
        <translation>Behandlingar registreras på en genomförd tid. Markera tiden genomförd först (G).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behandlingar</source>
        <translation>Behandlingar</translation>
    </message>
</context>
<context>
    <name>AreaClinicsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/area_clinics_dialog.py" line="+44"/>
        <source>Områdesansvar för akut tandvård</source>
        <translation>Områdesansvar för akut tandvård</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När en akutpatient inte är listad någonstans betalar den områdesansvariga kliniken för patientens adress (R-EM-1). Ange kommun och vid behov början på postnumret; den mest precisa raden gäller.</source>
        <translation>När en akutpatient inte är listad någonstans betalar den områdesansvariga kliniken för patientens adress (R-EM-1). Ange kommun och vid behov början på postnumret; den mest precisa raden gäller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Områdesansvar</source>
        <translation>Områdesansvar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tomt = hela kommunen</source>
        <translation>tomt = hela kommunen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kommunkod:</source>
        <translation>&amp;Kommunkod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer börjar på:</source>
        <translation>&amp;Postnummer börjar på:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;HSA-id:</source>
        <translation>Klinikens &amp;HSA-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Klinikens &amp;namn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spara rad</source>
        <translation>&amp;Spara rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Ta bort markerad</translation>
    </message>
</context>
<context>
    <name>AuditReviewDialog</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="+586"/>
        <source>Åtkomstloggen visar vem som har läst eller ändrat patienters uppgifter (R-SE-2). Att granska loggen loggas också.</source>
        <translation>Åtkomstloggen visar vem som har läst eller ändrat patienters uppgifter (R-SE-2). Att granska loggen loggas också.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Du kan kontrollera att loggen är oförändrad.</source>
        <translation> Du kan kontrollera att loggen är oförändrad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loggkontroll</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per &amp;patient</source>
        <translation>Per &amp;patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla poster om en patient, och patientens loggutdrag</source>
        <translation>Alla poster om en patient, och patientens loggutdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per &amp;användare</source>
        <translation>Per &amp;användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allt en användare har gjort</source>
        <translation>Allt en användare har gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per p&amp;eriod</source>
        <translation>Per p&amp;eriod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alla poster under en period</source>
        <translation>Alla poster under en period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Månadsgranskning</source>
        <translation>&amp;Månadsgranskning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Månadens stickprov och kvittering</source>
        <translation>Månadens stickprov och kvittering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kontrollera loggen</source>
        <translation>&amp;Kontrollera loggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kontrollera att ingen post i loggen har ändrats, tagits bort eller lagts till</source>
        <translation>Kontrollera att ingen post i loggen har ändrats, tagits bort eller lagts till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggens kontroll</source>
        <translation>Loggens kontroll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontrollera loggen för att se att den är oförändrad, och dess sigill.</source>
        <translation>Kontrollera loggen för att se att den är oförändrad, och dess sigill.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+4"/>
        <source>Kontrollerar åtkomstloggen …</source>
        <translation>Kontrollerar åtkomstloggen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… och {more_anomalies} avvikelser till.</source>
        <translation>… och {more_anomalies} avvikelser till.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loggen kunde inte kontrolleras.</source>
        <translation>Loggen kunde inte kontrolleras.</translation>
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
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Avbryter …</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/backup.py" line="+20"/>
        <source>Klinik gör en kontrollerad kopia av databasen varje dag och när programmet avslutas. Välj gärna en mapp på en annan disk än databasen.</source>
        <translation>Klinik gör en kontrollerad kopia av databasen varje dag och när programmet avslutas. Välj gärna en mapp på en annan disk än databasen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säkerhetskopior</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backups (bredvid databasfilen)</source>
        <translation>backups (bredvid databasfilen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mapp för säkerhetskopior:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bläddra efter mapp för säkerhetskopior</source>
        <translation>Bläddra efter mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara kopior &amp;i minst:</source>
        <translation>Spara kopior &amp;i minst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dagar</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alltid de s&amp;enaste:</source>
        <translation>Spara alltid de s&amp;enaste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> kopiorna</source>
        <translation> kopiorna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Äldre kopior tas bort automatiskt; andra filer i mappen rörs aldrig.</source>
        <translation>Äldre kopior tas bort automatiskt; andra filer i mappen rörs aldrig.</translation>
    </message>
</context>
<context>
    <name>BookDelegate</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="+277"/>
        <source>Tolk: {language}</source>
        <translation>Tolk: {language}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+ {count} till (dubbelbokad)</source>
        <translation>+ {count} till (dubbelbokad)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="+195"/>
        <location line="+32"/>
        <source>Boka tid</source>
        <translation>Boka tid</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sök fram patienten och välj tid. Enter bokar, Esc avbryter.</source>
        <translation>Sök fram patienten och välj tid. Enter bokar, Esc avbryter.</translation>
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
        <translation>Sök patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rum:</source>
        <translation>&amp;Rum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen &amp;med:</source>
        <translation>Överenskommen &amp;med:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hur:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;olk (språk):</source>
        <translation>T&amp;olk (språk):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomt: ingen tolk</source>
        <translation>Tomt: ingen tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sök fram patienten med namn eller personnummer och välj i listan.</source>
        <translation>Sök fram patienten med namn eller personnummer och välj i listan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: tid bokad {when} (överenskommen).</source>
        <translation>{name}: tid bokad {when} (överenskommen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: tid bokad {when} (endast föreslagen).</source>
        <translation>{name}: tid bokad {when} (endast föreslagen).</translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="-78"/>
        <source>{slot_start:%H:%M} {title}: ledig</source>
        <translation>{slot_start:%H:%M} {title}: ledig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Dubbelbokad med: </source>
        <translation>
Dubbelbokad med: </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="+129"/>
        <source>Avboka tid</source>
        <translation>Avboka tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem avbokar tiden? Tiden finns kvar i patientens tidslista (R-AB-1).</source>
        <translation>Vem avbokar tiden? Tiden finns kvar i patientens tidslista (R-AB-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patienten (eller vårdnadshavaren) avbokar</source>
        <translation>&amp;Patienten (eller vårdnadshavaren) avbokar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kliniken avbokar</source>
        <translation>&amp;Kliniken avbokar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avbokas av:</source>
        <translation>Avbokas av:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Räknas som:</source>
        <translation>Räknas som:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vboka</source>
        <translation>A&amp;vboka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behåll tiden</source>
        <translation>Behåll tiden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: tiden {when} {status}.</source>
        <translation>{name}: tiden {when} {status}.</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../klinik_app/ui/capacity_dialog.py" line="+118"/>
        <source>Arbetstider för revisioner</source>
        <translation>Arbetstider för revisioner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (tandläkare)</source>
        <translation>{name} (tandläkare)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} (tandhygienist)</source>
        <translation>{name} (tandhygienist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vecka (andel av tiden som går till revisioner)</source>
        <translation>Vecka (andel av tiden som går till revisioner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbetar</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisioner</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undantag (helgdagar räknas bort av sig själva)</source>
        <translation>Undantag (helgdagar räknas bort av sig själva)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undantag</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slag av undantag</source>
        <translation>Slag av undantag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Första dagen</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista dagen</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra dag, börjar</source>
        <translation>Extra dag, börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra dag, slutar</source>
        <translation>Extra dag, slutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra dag, andel revisioner</source>
        <translation>Extra dag, andel revisioner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lägg till undantag</source>
        <translation>&amp;Lägg till undantag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ta bort markerat undantag</source>
        <translation>&amp;Ta bort markerat undantag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sl&amp;ag:</source>
        <translation>Sl&amp;ag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Från:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ill:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;örjar:</source>
        <translation>B&amp;örjar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;utar:</source>
        <translation>Sl&amp;utar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;visioner:</source>
        <translation>Re&amp;visioner:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Det finns ingen aktiv tandläkare eller tandhygienist. Lägg in personalen först.</source>
        <translation>Det finns ingen aktiv tandläkare eller tandhygienist. Lägg in personalen först.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tillagt: {exception}. Spara för att behålla det.</source>
        <translation>Tillagt: {exception}. Spara för att behålla det.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Borttaget: {exception}. Spara för att behålla ändringen.</source>
        <translation>Borttaget: {exception}. Spara för att behålla ändringen.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="+80"/>
        <source>← &amp;Tillbaka till listan (Esc)</source>
        <translation>← &amp;Tillbaka till listan (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka till listan</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka till patientlistan (Esc). Sökningen finns kvar.</source>
        <translation>Tillbaka till patientlistan (Esc). Sökningen finns kvar.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="+105"/>
        <source>Byt lösenord</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byt lösenord för {name}.</source>
        <translation>Byt lösenord för {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nuvarande lösenord:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ytt lösenord (minst {min_length} tecken):</source>
        <translation>N&amp;ytt lösenord (minst {min_length} tecken):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa det nya:</source>
        <translation>&amp;Upprepa det nya:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Byt lösenord</source>
        <translation>&amp;Byt lösenord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De nya lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>De nya lösenorden är inte lika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereDialog</name>
    <message>
        <location filename="../../klinik_app/ui/changed_elsewhere.py" line="+62"/>
        <source>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats än. Jämför och välj vilken version som ska gälla.</source>
        <translation>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats än. Jämför och välj vilken version som ska gälla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Din ändring sparas inte; det sparade visas.</source>
        <translation>Din ändring sparas inte; det sparade visas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ersätter det som sparades på den andra arbetsstationen.</source>
        <translation>Ersätter det som sparades på den andra arbetsstationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc): inget sparas, det du skrev finns kvar</source>
        <translation>Avbryt (Esc): inget sparas, det du skrev finns kvar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Din version och den sparade</source>
        <translation>Din version och den sparade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: värdena {differ}</source>
        <translation>{field}: värdena {differ}</translation>
    </message>
</context>
<context>
    <name>ChildAtRiskDialog</name>
    <message>
        <location filename="../../klinik_app/ui/child_at_risk_dialog.py" line="+45"/>
        <source>Bedömning: barn som far illa</source>
        <translation>Bedömning: barn som far illa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Dokumentera tandläkarens beslut (R-AB-5).</source>
        <translation>

Dokumentera tandläkarens beslut (R-AB-5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orosanmälan &amp;gjord</source>
        <translation>Orosanmälan &amp;gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ingen orosanmälan</source>
        <translation>&amp;Ingen orosanmälan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skä&amp;l:</source>
        <translation>Skä&amp;l:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum för anmälan:</source>
        <translation>&amp;Datum för anmälan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social&amp;kontor:</source>
        <translation>Social&amp;kontor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spara beslutet</source>
        <translation>&amp;Spara beslutet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ClinicDetailsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="+69"/>
        <source>Klinikens uppgifter</source>
        <translation>Klinikens uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifterna står på alla brev och dokument som Klinik skriver ut.</source>
        <translation>Uppgifterna står på alla brev och dokument som Klinik skriver ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>Post&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Beställare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens &amp;adress:</source>
        <translation>Beställarens &amp;adress:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Klinikens adress är sparad, men inte beställaren. </source>
        <translation>Klinikens adress är sparad, men inte beställaren. </translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/clinic.py" line="+47"/>
        <source>Uppgifterna står i brevhuvudet på alla brev och dokument som Klinik skriver ut. Beställaren är mottagare av meddelanden om listningsstopp.</source>
        <translation>Uppgifterna står i brevhuvudet på alla brev och dokument som Klinik skriver ut. Beställaren är mottagare av meddelanden om listningsstopp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klinik och brevhuvud</source>
        <translation>Klinik och brevhuvud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klinikens HSA-ID bestäms när databasen skapas och kan inte ändras.</source>
        <translation>Klinikens HSA-ID bestäms när databasen skapas och kan inte ändras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSA-ID:</source>
        <translation>HSA-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Klinikens &amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>Post&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;fon:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Beställare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens &amp;adress:</source>
        <translation>Beställarens &amp;adress:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Klinikens namn och adress är sparade, men inte beställaren. </source>
        <translation>Klinikens namn och adress är sparade, men inte beställaren. </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-79"/>
        <source>Bekräfta överenskommelse</source>
        <translation>Bekräfta överenskommelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem godkände tiden, och hur? Först när tiden är överenskommen kan en uteblivandeavgift tas ut (R-AB-3).</source>
        <translation>Vem godkände tiden, och hur? Först när tiden är överenskommen kan en uteblivandeavgift tas ut (R-AB-3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Överenskommen &amp;med:</source>
        <translation>Överenskommen &amp;med:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hur:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bekräfta</source>
        <translation>&amp;Bekräfta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ContactHistoryDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="+328"/>
        <location line="+7"/>
        <source>Kontakthistorik</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Varje kallelse, påminnelse och ändring, den senaste först.</source>
        <translation>Varje kallelse, påminnelse och ändring, den senaste först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga kontakter är registrerade ännu för den här revisionen.</source>
        <translation>Inga kontakter är registrerade ännu för den här revisionen.</translation>
    </message>
</context>
<context>
    <name>CorrectListingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="+523"/>
        <location line="+1"/>
        <source>Rätta felregistrerad listning</source>
        <translation>Rätta felregistrerad listning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markera listningen som felregistrerad?</source>
        <translation>Markera listningen som felregistrerad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listning: {listing}. Den räknas då inte längre som listning, inte heller i antalet listade per månad (R-LI-8; redan sparade månader ändras inte). Det går inte att ångra.</source>
        <translation>Listning: {listing}. Den räknas då inte längre som listning, inte heller i antalet listade per månad (R-LI-8; redan sparade månader ändras inte). Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienten har skyddad identitet: rättelsen sparas bara här och skickas inte till regionen (R-TG-4).</source>
        <translation>Patienten har skyddad identitet: rättelsen sparas bara här och skickas inte till regionen (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rättelsen skickas till regionens listningssystem.</source>
        <translation>Rättelsen skickas till regionens listningssystem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Markera som felregistrerad</source>
        <translation>&amp;Markera som felregistrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som felregistrerad</source>
        <translation>Markera som felregistrerad</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="+174"/>
        <location line="+246"/>
        <source>Uppföljning</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beställare</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målen och statusen gäller beställarens avtal för året (R-RP-2).</source>
        <translation>Målen och statusen gäller beställarens avtal för året (R-RP-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppdatera indikatorerna</source>
        <translation>Uppdatera indikatorerna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Beställare:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indikatorer</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piltangenterna flyttar mellan indikatorerna. Enter visar patienterna bakom siffran.</source>
        <translation>Piltangenterna flyttar mellan indikatorerna. Enter visar patienterna bakom siffran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12 345 av 12 345</source>
        <translation>12 345 av 12 345</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minst 100,0 %</source>
        <translation>minst 100,0 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej uppfyllt</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 månader, trend</source>
        <translation>24 månader, trend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Visa patienterna bakom &amp;siffran</source>
        <translation>Visa patienterna bakom &amp;siffran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa patienterna bakom siffran</source>
        <translation>Visa patienterna bakom siffran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vald indikator</source>
        <translation>Vald indikator</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Perioden {first} – {last}.</source>
        <translation>Perioden {first} – {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Mot målen: </source>
        <translation> Mot målen: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> {orderer} har inga mål för {year}.</source>
        <translation> {orderer} har inga mål för {year}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;br&gt;&lt;b&gt;Delvärden:&lt;/b&gt; {parts}</source>
        <translation>&lt;br&gt;&lt;b&gt;Delvärden:&lt;/b&gt; {parts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, de senaste {months} månaderna</source>
        <translation>{name}, de senaste {months} månaderna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Läser in månaderna …</source>
        <translation>Läser in månaderna …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget att mäta under månaderna</source>
        <translation>Inget att mäta under månaderna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samma sak som Enter i tabellen. Listan loggas i åtkomstloggen (R-SE-2).</source>
        <translation>Samma sak som Enter i tabellen. Listan loggas i åtkomstloggen (R-SE-2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hämtar patienterna …</source>
        <translation>Hämtar patienterna …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patienterna kunde inte hämtas just nu.</source>
        <translation>Patienterna kunde inte hämtas just nu.</translation>
    </message>
</context>
<context>
    <name>DeclinedDialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="+128"/>
        <source>Samtycke gavs inte</source>
        <translation>Samtycke gavs inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{patient_name} (eller vårdnadshavaren) vill inte att journalen kopieras till den nya kliniken. Vilken dag beskedet kom?</source>
        <translation>{patient_name} (eller vårdnadshavaren) vill inte att journalen kopieras till den nya kliniken. Vilken dag beskedet kom?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avsluta uppgiften</source>
        <translation>&amp;Avsluta uppgiften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DeviationTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_view.py" line="+107"/>
        <source>, försenad</source>
        <translation>, försenad</translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location line="+90"/>
        <source>&amp;Rapportera avvikelse… (Ctrl+N)</source>
        <translation>&amp;Rapportera avvikelse… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bara försenade</source>
        <translation>&amp;Bara försenade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sök</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ord i texten, platsen, den andra parten eller lärdomen</source>
        <translation>Ord i texten, platsen, den andra parten eller lärdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara med lärdo&amp;m</source>
        <translation>Bara med lärdo&amp;m</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Berättelsen &amp;är klar</source>
        <translation>Berättelsen &amp;är klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;ånadssammanfattning…</source>
        <translation>M&amp;ånadssammanfattning…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patie&amp;ntsäkerhetsberättelse…</source>
        <translation>Patie&amp;ntsäkerhetsberättelse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kvitto</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avvikelseregistret</source>
        <translation>Avvikelseregistret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ärendet och dess händelser</source>
        <translation>Ärendet och dess händelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Påbörja &amp;utredning…</source>
        <translation>Påbörja &amp;utredning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluta å&amp;tgärder…</source>
        <translation>Besluta å&amp;tgärder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Följ upp åtgärder…</source>
        <translation>&amp;Följ upp åtgärder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistrera svar…</source>
        <translation>Re&amp;gistrera svar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avs&amp;luta…</source>
        <translation>Avs&amp;luta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;oppla patient…</source>
        <translation>K&amp;oppla patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;x Maria…</source>
        <translation>Le&amp;x Maria…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avid&amp;entifierad kopia…</source>
        <translation>Avid&amp;entifierad kopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skr&amp;iv lärdom…</source>
        <translation>Skr&amp;iv lärdom…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ök:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Visar de {count} senaste. Använd filtren eller sökningen för att hitta äldre avvikelser.</source>
        <translation>Visar de {count} senaste. Använd filtren eller sökningen för att hitta äldre avvikelser.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ingen avvikelse vald.</source>
        <translation>Ingen avvikelse vald.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tack! Avvikelsen har fått nummer {number} ({when}).</source>
        <translation>Tack! Avvikelsen har fått nummer {number} ({when}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Patienten kopplades inte.</source>
        <translation> Patienten kopplades inte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Påbörja utredning</source>
        <translation>Påbörja utredning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem utreder avvikelsen?</source>
        <translation>Vem utreder avvikelsen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utredare:</source>
        <translation>&amp;Utredare:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avsluta avvikelsen</source>
        <translation>Avsluta avvikelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilken återkoppling har den som rapporterade fått (R-DV-5)?</source>
        <translation>Vilken återkoppling har den som rapporterade fått (R-DV-5)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Återkoppling:</source>
        <translation>&amp;Återkoppling:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Koppla patient</source>
        <translation>Koppla patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patienten syns bara för avvikelsehandläggare.</source>
        <translation>Patienten syns bara för avvikelsehandläggare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Sparad: {saved}</source>
        <translation>Sparad: {saved}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Lärdom</source>
        <translation>Lärdom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad har kliniken lärt sig av avvikelsen? Lärdomen går att söka på och kommer med i månadssammanfattningen och patientsäkerhetsberättelsen.</source>
        <translation>Vad har kliniken lärt sig av avvikelsen? Lärdomen går att söka på och kommer med i månadssammanfattningen och patientsäkerhetsberättelsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lärdom:</source>
        <translation>&amp;Lärdom:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patientsäkerhetsberättelsen för {year} ska vara klar senast {deadline}. Skriv den med knappen Patientsäkerhetsberättelse och markera den sedan som klar.</source>
        <translation>Patientsäkerhetsberättelsen för {year} ska vara klar senast {deadline}. Skriv den med knappen Patientsäkerhetsberättelse och markera den sedan som klar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patientsäkerhetsberättelsen för {reminder_year} är markerad som klar.</source>
        <translation>Patientsäkerhetsberättelsen för {reminder_year} är markerad som klar.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="+56"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Klinikens uppgifter…</source>
        <translation>&amp;Klinikens uppgifter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meddelande om listnings&amp;stopp…</source>
        <translation>Meddelande om listnings&amp;stopp…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flyttbrev…</source>
        <translation>&amp;Flyttbrev…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faktura&amp;underlag, skyddad identitet…</source>
        <translation>Faktura&amp;underlag, skyddad identitet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Klinikens uppgifter är sparade.</source>
        <translation>Klinikens uppgifter är sparade.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listningsstopp</source>
        <translation>Listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken har inget listningsstopp. Ange stoppet under Listning → Listningsstopp.</source>
        <translation>Kliniken har inget listningsstopp. Ange stoppet under Listning → Listningsstopp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara meddelandet</source>
        <translation>Spara meddelandet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meddelandet till beställaren är sparat: {path}</source>
        <translation>Meddelandet till beställaren är sparat: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriver meddelandet …</source>
        <translation>Skriver meddelandet …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Skriver flyttbrev …</source>
        <translation>Skriver flyttbrev …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{letters} flyttbrev är sparade.</source>
        <translation>{letters} flyttbrev är sparade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>

Dessa patienter får inget utskrivet brev (skyddad identitet eller adress saknas) och kontaktas enligt klinikens rutin:
</source>
        <translation>

Dessa patienter får inget utskrivet brev (skyddad identitet eller adress saknas) och kontaktas enligt klinikens rutin:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyttbrev</source>
        <translation>Flyttbrev</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fakturaunderlaget ({rows} patienter) är sparat: {pdf} och {name}</source>
        <translation>Fakturaunderlaget ({rows} patienter) är sparat: {pdf} och {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriver fakturaunderlaget …</source>
        <translation>Skriver fakturaunderlaget …</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <location filename="../../klinik_app/ui/emergency_view.py" line="+77"/>
        <source>Nytt akutbesök (patient som inte är listad här)</source>
        <translation>Nytt akutbesök (patient som inte är listad här)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personn&amp;ummer:</source>
        <translation>Personn&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Förnamn:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Efternamn:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besök&amp;sdatum:</source>
        <translation>Besök&amp;sdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;nummer:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>Post&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommunkod:</source>
        <translation>&amp;Kommunkod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bor:</source>
        <translation>&amp;Bor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besvär och å&amp;tgärd:</source>
        <translation>Besvär och å&amp;tgärd:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Registrera akutbesök</source>
        <translation>&amp;Registrera akutbesök</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Månad</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara Betalare ok&amp;änd</source>
        <translation>Bara Betalare ok&amp;änd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Akutbesök</source>
        <translation>Akutbesök</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behandl&amp;ingar…</source>
        <translation>Behandl&amp;ingar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport ti&amp;ll ordinarie klinik…</source>
        <translation>Rapport ti&amp;ll ordinarie klinik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fr&amp;åga regionen igen</source>
        <translation>Fr&amp;åga regionen igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fakturaunderlag (PDF och &amp;CSV)…</source>
        <translation>Fakturaunderlag (PDF och &amp;CSV)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Akutbesöket är registrerat. Betalare: {payer}.</source>
        <translation>Akutbesöket är registrerat. Betalare: {payer}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Spara rapport till ordinarie klinik</source>
        <translation>Spara rapport till ordinarie klinik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporten är sparad i {path}.</source>
        <translation>Rapporten är sparad i {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{resolved} akutbesök fick en känd betalare.</source>
        <translation>{resolved} akutbesök fick en känd betalare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara fakturaunderlag (PDF)</source>
        <translation>Spara fakturaunderlag (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara fakturaunderlag (CSV)</source>
        <translation>Spara fakturaunderlag (CSV)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> {waiting} besök väntar på känd betalare och är inte med.</source>
        <translation> {waiting} besök väntar på känd betalare och är inte med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fakturaunderlag</source>
        <translation>Fakturaunderlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlaget för {visits} besök till {payers} betalare är sparat.{waiting}</source>
        <translation>Underlaget för {visits} besök till {payers} betalare är sparat.{waiting}</translation>
    </message>
</context>
<context>
    <name>EndListingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-87"/>
        <location line="+1"/>
        <source>Avsluta listning</source>
        <translation>Avsluta listning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listning: {listing}.</source>
        <translation>Listning: {listing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatum</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slut&amp;datum:</source>
        <translation>Slut&amp;datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj orsak …</source>
        <translation>Välj orsak …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak till att listningen avslutas</source>
        <translation>Orsak till att listningen avslutas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatumet är listningens sista dag. Avslutet sparas här och skickas inte till regionen, som får samma uppgift från folkbokföringen (R-LI-4). Var listningen fel från början: använd Rätta (felregistrerad) i stället.</source>
        <translation>Slutdatumet är listningens sista dag. Avslutet sparas här och skickas inte till regionen, som får samma uppgift från folkbokföringen (R-LI-4). Var listningen fel från början: använd Rätta (felregistrerad) i stället.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avsluta listningen</source>
        <translation>&amp;Avsluta listningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avsluta listningen</source>
        <translation>Avsluta listningen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Välj varför listningen avslutas.</source>
        <translation>Välj varför listningen avslutas.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-565"/>
        <source>, vårdenhet {care_unit}</source>
        <translation>, vårdenhet {care_unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id {id}{unit}: {text}</source>
        <translation>Post id {id}{unit}: {text}</translation>
    </message>
</context>
<context>
    <name>ExaminationDialog</name>
    <message>
        <location filename="../../klinik_app/ui/examination_form.py" line="+200"/>
        <location line="+1"/>
        <source>Registrera undersökning</source>
        <translation>Registrera undersökning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> – skyddad identitet</source>
        <translation> – skyddad identitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undersökningsdatum</source>
        <translation>Undersökningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undersökarens roll</source>
        <translation>Undersökarens roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökarens &amp;roll:</source>
        <translation>Undersökarens &amp;roll:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namn eller HSA-id</source>
        <translation>Namn eller HSA-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undersökare</source>
        <translation>Undersökare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj i listan eller skriv undersökarens HSA-id, t.ex. SE2321000222-T0001.</source>
        <translation>Välj i listan eller skriv undersökarens HSA-id, t.ex. SE2321000222-T0001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undersökare:</source>
        <translation>&amp;Undersökare:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Riskbedömning och revisionsintervall (R-RV-10)</source>
        <translation>Riskbedömning och revisionsintervall (R-RV-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riskbedömning och revisionsintervall</source>
        <translation>Riskbedömning och revisionsintervall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risk för {area}</source>
        <translation>Risk för {area}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk för {area}: 0, 1 eller 2 (skriv siffran).</source>
        <translation>Risk för {area}: 0, 1 eller 2 (skriv siffran).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> mån</source>
        <translation> mån</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat revisionsintervall i månader</source>
        <translation>Planerat revisionsintervall i månader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Månader till nästa revision, 1–72. Föreslås av riskgruppen tills du ändrar det.</source>
        <translation>Månader till nästa revision, 1–72. Föreslås av riskgruppen tills du ändrar det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat &amp;intervall:</source>
        <translation>Planerat &amp;intervall:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Använd förs&amp;lag</source>
        <translation>Använd förs&amp;lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd det föreslagna intervallet</source>
        <translation>Använd det föreslagna intervallet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Riskgrupp:</source>
        <translation>Riskgrupp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deft (mjölktänder)</source>
        <translation>deft (mjölktänder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d&amp;eft:</source>
        <translation>d&amp;eft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DFT (permanenta tänder)</source>
        <translation>DFT (permanenta tänder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;FT:</source>
        <translation>D&amp;FT:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tobaksvanor</source>
        <translation>Tobaksvanor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;obak:</source>
        <translation>T&amp;obak:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bettutvecklingskontroll gjord</source>
        <translation>&amp;Bettutvecklingskontroll gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettutvecklingskontroll gjord</source>
        <translation>Bettutvecklingskontroll gjord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kontroll av undersökningen</source>
        <translation>Kontroll av undersökningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara undersökningen (Enter)</source>
        <translation>Spara undersökningen (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>{age} år på undersökningsdagen</source>
        <translation>{age} år på undersökningsdagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bedöms inte vid tandhälsokontroll (R-RV-5)</source>
        <translation>bedöms inte vid tandhälsokontroll (R-RV-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– (bedöm risk 0–2 i alla fyra områdena)</source>
        <translation>– (bedöm risk 0–2 i alla fyra områdena)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{group} (den högsta av de fyra områdena)</source>
        <translation>{group} (den högsta av de fyra områdena)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Förslag när riskgruppen är bedömd.</source>
        <translation>Förslag när riskgruppen är bedömd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förslag för riskgrupp {group}: {suggestion} mån</source>
        <translation>Förslag för riskgrupp {group}: {suggestion} mån</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (du har ändrat)</source>
        <translation> (du har ändrat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Högst {months} månader vid {age} års ålder (R-RV-2).</source>
        <translation>Högst {months} månader vid {age} års ålder (R-RV-2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krävs från {tobacco_from_age} år (R-RV-7)</source>
        <translation>Krävs från {tobacco_from_age} år (R-RV-7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krävs för {bite_check_min_age}–{bite_check_max_age} år (R-RV-6)</source>
        <translation>Krävs för {bite_check_min_age}–{bite_check_max_age} år (R-RV-6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Görs av tandläkare (R-RV-6)</source>
        <translation>Görs av tandläkare (R-RV-6)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kan inte sparas än: fyll i eller rätta det som står nedan.</source>
        <translation>Kan inte sparas än: fyll i eller rätta det som står nedan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kan sparas, men sparas med regelbrott {rules}.</source>
        <translation>Kan sparas, men sparas med regelbrott {rules}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allt är ifyllt enligt reglerna. Enter sparar.</source>
        <translation>Allt är ifyllt enligt reglerna. Enter sparar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>Fel</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sparas med regelbrott {rule}: {message}</source>
        <translation>Sparas med regelbrott {rule}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kontrollen kunde inte göras.</source>
        <translation>Kontrollen kunde inte göras.</translation>
    </message>
</context>
<context>
    <name>FeeSchedulesDialog</name>
    <message>
        <location filename="../../klinik_app/ui/fee_schedules_dialog.py" line="+45"/>
        <source>Taxor och prislistor</source>
        <translation>Taxor och prislistor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En behandling prissätts från den version som gällde behandlingsdagen och behåller sitt pris när en ny version läses in.</source>
        <translation>En behandling prissätts från den version som gällde behandlingsdagen och behåller sitt pris när en ny version läses in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inlästa taxor och prislistor</source>
        <translation>Inlästa taxor och prislistor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Läs in fil…</source>
        <translation>&amp;Läs in fil…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verksamhetschefen eller administratören läser in nya taxor.</source>
        <translation>Verksamhetschefen eller administratören läser in nya taxor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tills vidare</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Läs in taxa eller prislista</source>
        <translation>Läs in taxa eller prislista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{kind} {version} är inläst: {items} koder, gäller från {valid_from:%Y-%m-%d}.</source>
        <translation>{kind} {version} är inläst: {items} koder, gäller från {valid_from:%Y-%m-%d}.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/fees.py" line="+20"/>
        <source>En behandling prissätts från den version som gällde behandlingsdagen. En ny version läses in från regionens fil.</source>
        <translation>En behandling prissätts från den version som gällde behandlingsdagen. En ny version läses in från regionens fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxor och prislistor</source>
        <translation>Taxor och prislistor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxa</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gäller</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inlästa &amp;versioner:</source>
        <translation>Inlästa &amp;versioner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Öppna taxor och prislistor…</source>
        <translation>&amp;Öppna taxor och prislistor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tills vidare</source>
        <translation>tills vidare</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../klinik_app/ui/login.py" line="+60"/>
        <source>Första administratören – Klinik</source>
        <translation>Första administratören – Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kan logga in i Klinik än. Lägg upp dig själv som administratör: du lägger sedan upp kollegornas konton under Arkiv → Personal och behörigheter.</source>
        <translation>Ingen kan logga in i Klinik än. Lägg upp dig själv som administratör: du lägger sedan upp kollegornas konton under Arkiv → Personal och behörigheter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yrkesroll:</source>
        <translation>&amp;Yrkesroll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen – bara administratör</source>
        <translation>Ingen – bara administratör</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lösenord (minst {min_length} tecken):</source>
        <translation>&amp;Lösenord (minst {min_length} tecken):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa lösenordet:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skapa och logga in</source>
        <translation>&amp;Skapa och logga in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;vsluta</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>Lösenorden är inte lika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../klinik_app/ui/first_start.py" line="+47"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Välkommen till Klinik</source>
        <translation>Välkommen till Klinik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Databasen{where} har ingen klinik än. Ange klinikens HSA-ID och namn så skapas kliniken. Uppgifterna går att ändra senare.</source>
        <translation>Databasen{where} har ingen klinik än. Ange klinikens HSA-ID och namn så skapas kliniken. Uppgifterna går att ändra senare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>t.ex. SE2321000222-E12345</source>
        <translation>t.ex. SE2321000222-E12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens HSA-ID</source>
        <translation>Klinikens HSA-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. Tandkliniken Centrum</source>
        <translation>t.ex. Tandkliniken Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens namn</source>
        <translation>Klinikens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens &amp;HSA-ID:</source>
        <translation>Klinikens &amp;HSA-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klinikens &amp;namn:</source>
        <translation>Klinikens &amp;namn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fyll databasen med &amp;demodata (påhittade patienter)</source>
        <translation>Fyll databasen med &amp;demodata (påhittade patienter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll databasen med demodata (påhittade patienter)</source>
        <translation>Fyll databasen med demodata (påhittade patienter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Antal demopatienter</source>
        <translation>Antal demopatienter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Antal patienter:</source>
        <translation>&amp;Antal patienter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demodata är till för övning och visning. En databas med demodata kan inte användas för riktiga patienter.</source>
        <translation>Demodata är till för övning och visning. En databas med demodata kan inte användas för riktiga patienter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Skapa kliniken</source>
        <translation>&amp;Skapa kliniken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa kliniken</source>
        <translation>Skapa kliniken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vsluta</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta utan att skapa kliniken</source>
        <translation>Avsluta utan att skapa kliniken</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Skapar {n:,} demopatienter …</source>
        <translation>Skapar {n:,} demopatienter …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demodata skapades inte (avbrutet), men kliniken är skapad. Försök igen, eller ta bort bocken för demodata och börja utan patienter.</source>
        <translation>Demodata skapades inte (avbrutet), men kliniken är skapad. Försök igen, eller ta bort bocken för demodata och börja utan patienter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fel: {message}</source>
        <translation>Fel: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inga fel</source>
        <translation>Inga fel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="-27"/>
        <source>Följ upp åtgärder</source>
        <translation>Följ upp åtgärder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv resultatet av varje åtgärd.</source>
        <translation>Skriv resultatet av varje åtgärd.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../klinik_app/ui/form_dialog.py" line="+27"/>
        <source>Felmeddelande</source>
        <translation>Felmeddelande</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{done_before}{not_saved} Uppgifterna som sparats visas nu.</source>
        <translation>{done_before}{not_saved} Uppgifterna som sparats visas nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done_before}Det du skrev finns kvar.</source>
        <translation>{done_before}Det du skrev finns kvar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingenting sparades. </source>
        <translation>Ingenting sparades. </translation>
    </message>
</context>
<context>
    <name>IdleLockPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/routines.py" line="+45"/>
        <source>En arbetsstation som ingen har använt på en stund döljer patientuppgifterna tills den inloggade skriver sitt lösenord. Gäller alla arbetsstationer.</source>
        <translation>En arbetsstation som ingen har använt på en stund döljer patientuppgifterna tills den inloggade skriver sitt lösenord. Gäller alla arbetsstationer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skärmlås</source>
        <translation>Skärmlås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås sk&amp;ärmen efter:</source>
        <translation>Lås sk&amp;ärmen efter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minuter</source>
        <translation> minuter</translation>
    </message>
</context>
<context>
    <name>IndicatorLine</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_model.py" line="+156"/>
        <source>inget att mäta under månaderna</source>
        <translation>inget att mäta under månaderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lägst {lowest}, högst {highest}, senaste månaden {latest}</source>
        <translation>lägst {lowest}, högst {highest}, senaste månaden {latest}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location line="+49"/>
        <source>Senaste 24 månaderna: {trend}</source>
        <translation>Senaste 24 månaderna: {trend}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomt</source>
        <translation>tomt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nämnare: {denominator}</source>
        <translation>Nämnare: {denominator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beställaren har inget mål för indikatorn det här året.</source>
        <translation>Beställaren har inget mål för indikatorn det här året.</translation>
    </message>
</context>
<context>
    <name>InvoiceMonthDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-133"/>
        <source>Fakturaunderlag, skyddad identitet</source>
        <translation>Fakturaunderlag, skyddad identitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underlaget för patienter med skyddad identitet, som faktureras beställaren i stället för att registreras i listningssystemet (R-TG-4). PDF och CSV sparas sida vid sida.</source>
        <translation>Underlaget för patienter med skyddad identitet, som faktureras beställaren i stället för att registreras i listningssystemet (R-TG-4). PDF och CSV sparas sida vid sida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara fakturaunderlaget</source>
        <translation>Spara fakturaunderlaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj var underlaget ska sparas.</source>
        <translation>Välj var underlaget ska sparas.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../klinik_app/ui/patient_language_dialog.py" line="+21"/>
        <source>Språk och tolk</source>
        <translation>Språk och tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: vilket språk talar patienten (eller vårdnadshavaren), och behövs tolk? Med tolk bokas revisionstiden längre och tolken reserveras.</source>
        <translation>{name}: vilket språk talar patienten (eller vårdnadshavaren), och behövs tolk? Med tolk bokas revisionstiden längre och tolken reserveras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolk behövs</source>
        <translation>&amp;Tolk behövs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tolk:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/language.py" line="+15"/>
        <source>Språket gäller den här arbetsstationen och byts nästa gång Klinik startar. Brev och dokument till patienter och regionen skrivs alltid på svenska.</source>
        <translation>Språket gäller den här arbetsstationen och byts nästa gång Klinik startar. Brev och dokument till patienter och regionen skrivs alltid på svenska.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>LetterSentDialog</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="+142"/>
        <source>Brevet skickat</source>
        <translation>Brevet skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När skickades brevet om uteblivna besök för {name}?</source>
        <translation>När skickades brevet om uteblivna besök för {name}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skickat:</source>
        <translation>&amp;Skickat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markera skickat</source>
        <translation>&amp;Markera skickat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
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
        <translation>Allvarlig vårdskada anmäls till IVO av den anmälningsansvariga. Fyll i det som är gjort; resten kan fyllas i senare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anmälningsansvarig:</source>
        <translation>&amp;Anmälningsansvarig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmäld till &amp;IVO:</source>
        <translation>Anmäld till &amp;IVO:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Skickad</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten inf&amp;ormerad:</source>
        <translation>Patienten inf&amp;ormerad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informerad</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Utredningen bifogad:</source>
        <translation>&amp;Utredningen bifogad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopia till &amp;regionen:</source>
        <translation>Kopia till &amp;regionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVO:s &amp;beslut:</source>
        <translation>IVO:s &amp;beslut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslu&amp;tsdatum:</source>
        <translation>Beslu&amp;tsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut kommit</source>
        <translation>Beslut kommit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vidarebefordrat till regionen:</source>
        <translation>&amp;Vidarebefordrat till regionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidarebefordrat</source>
        <translation>Vidarebefordrat</translation>
    </message>
</context>
<context>
    <name>ListPatientDialog</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-264"/>
        <location line="+1"/>
        <source>Lista patient</source>
        <translation>Lista patient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienten (eller en vårdnadshavare) väljer kliniken och samtycker till listningen (R-LI-1).</source>
        <translation>Patienten (eller en vårdnadshavare) väljer kliniken och samtycker till listningen (R-LI-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddad identitet: listningen sparas bara här och skickas aldrig till regionens listningssystem (R-TG-4).</source>
        <translation>Skyddad identitet: listningen sparas bara här och skickas aldrig till regionens listningssystem (R-TG-4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Samtycke lämnat av</source>
        <translation>Samtycke lämnat av</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vårdnadshavare &amp;{position}: {guardian}</source>
        <translation>Vårdnadshavare &amp;{position}: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdnadshavare {position}: {guardian}</source>
        <translation>Vårdnadshavare {position}: {guardian}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patienten själv: {name}</source>
        <translation>&amp;Patienten själv: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten själv: {name}</source>
        <translation>Patienten själv: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datum för samtycket</source>
        <translation>Datum för samtycket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum för samtycket:</source>
        <translation>&amp;Datum för samtycket:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur …</source>
        <translation>Välj hur …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur samtycket lämnades</source>
        <translation>Hur samtycket lämnades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hur samtycket lämnades:</source>
        <translation>&amp;Hur samtycket lämnades:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj tandläkare …</source>
        <translation>Välj tandläkare …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen tandläkare registrerad</source>
        <translation>Ingen tandläkare registrerad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ansvarig &amp;tandläkare:</source>
        <translation>Ansvarig &amp;tandläkare:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Lista patienten</source>
        <translation>&amp;Lista patienten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lista patienten</source>
        <translation>Lista patienten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Patienten är 18 år eller äldre på samtyckesdagen och samtycker själv (R-LI-1).</source>
        <translation>Patienten är 18 år eller äldre på samtyckesdagen och samtycker själv (R-LI-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten är under 18 år på samtyckesdagen: en vårdnadshavare samtycker (R-LI-1).</source>
        <translation>Patienten är under 18 år på samtyckesdagen: en vårdnadshavare samtycker (R-LI-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vårdansvaret börjar {start} (R-LI-3).</source>
        <translation>Vårdansvaret börjar {start} (R-LI-3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> till och med {end_date}</source>
        <translation> till och med {end_date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obs! Kliniken har listningsstopp från {start_date}{until} (R-LI-5): nya val under stoppet tas inte emot.</source>
        <translation>Obs! Kliniken har listningsstopp från {start_date}{until} (R-LI-5): nya val under stoppet tas inte emot.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Välj vem som lämnade samtycket (R-LI-1).</source>
        <translation>Välj vem som lämnade samtycket (R-LI-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur samtycket lämnades: på plats, telefon, papper eller e-tjänst (R-LI-1).</source>
        <translation>Välj hur samtycket lämnades: på plats, telefon, papper eller e-tjänst (R-LI-1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj patientens ansvariga tandläkare (R-LI-6).</source>
        <translation>Välj patientens ansvariga tandläkare (R-LI-6).</translation>
    </message>
</context>
<context>
    <name>ListingStopDialog</name>
    <message>
        <location line="+183"/>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listningsstopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Har kliniken inte plats för fler än de listade kan den anmäla listningsstopp till beställaren. Under stoppet tas inga nya val emot (R-LI-5).</source>
        <translation>Har kliniken inte plats för fler än de listade kan den anmäla listningsstopp till beställaren. Under stoppet tas inga nya val emot (R-LI-5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningsstopp från och med</source>
        <translation>Listningsstopp från och med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Från och med:</source>
        <translation>&amp;Från och med:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anteckning till beställaren</source>
        <translation>Anteckning till beställaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. ingen plats för fler patienter före hösten</source>
        <translation>t.ex. ingen plats för fler patienter före hösten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nmäl listningsstopp</source>
        <translation>A&amp;nmäl listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmäl listningsstopp</source>
        <translation>Anmäl listningsstopp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stoppet gäller till och med</source>
        <translation>Stoppet gäller till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till &amp;och med:</source>
        <translation>Gäller till &amp;och med:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upphäv listningsstopp</source>
        <translation>&amp;Upphäv listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upphäv listningsstopp</source>
        <translation>Upphäv listningsstopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dagen efter tas nya val emot igen. Beställaren får ett meddelande.</source>
        <translation>Dagen efter tas nya val emot igen. Beställaren får ett meddelande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inget listningsstopp. Kliniken tar emot nya val.</source>
        <translation>Inget listningsstopp. Kliniken tar emot nya val.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> till och med {end_date}</source>
        <translation> till och med {end_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tills vidare</source>
        <translation> tills vidare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp från {start_date}{until} (anmält med {count} listade genom eget val).</source>
        <translation>Listningsstopp från {start_date}{until} (anmält med {count} listade genom eget val).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listade genom eget val i dag: {count}. Minst {minimum} krävs för att anmäla listningsstopp (R-LI-5).</source>
        <translation>Listade genom eget val i dag: {count}. Minst {minimum} krävs för att anmäla listningsstopp (R-LI-5).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listningsstopp anmält från {start_date}. Meddelandet till beställaren är köat för regionens listningssystem.</source>
        <translation>Listningsstopp anmält från {start_date}. Meddelandet till beställaren är köat för regionens listningssystem.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingenting sparades. Datumet du valde finns kvar.</source>
        <translation>Ingenting sparades. Datumet du valde finns kvar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{not_saved} Listningsstoppet visas nu som det är sparat.</source>
        <translation>{not_saved} Listningsstoppet visas nu som det är sparat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listningsstoppet gäller till och med {end}. Meddelandet till beställaren är köat för regionens listningssystem.</source>
        <translation>Listningsstoppet gäller till och med {end}. Meddelandet till beställaren är köat för regionens listningssystem.</translation>
    </message>
</context>
<context>
    <name>ListingView</name>
    <message>
        <location filename="../../klinik_app/ui/listing_view.py" line="+103"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typ av listning</source>
        <translation>Typ av listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade på månadens sista dag</source>
        <translation>Listade på månadens sista dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa de listningar som gällde på månadens sista dag (R-LI-8).</source>
        <translation>Visa de listningar som gällde på månadens sista dag (R-LI-8).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status efter datum: planerad innan vårdansvaret börjar, avslutad efter slutdatumet.</source>
        <translation>Status efter datum: planerad innan vårdansvaret börjar, avslutad efter slutdatumet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig ta&amp;ndläkare:</source>
        <translation>Ansvarig ta&amp;ndläkare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listningar</source>
        <translation>Listningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter öppnar patientkortet för den valda listningen.</source>
        <translation>Enter öppnar patientkortet för den valda listningen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avsluta &amp;listning…</source>
        <translation>Avsluta &amp;listning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta listning</source>
        <translation>Avsluta listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rätta (felregistrerad)…</source>
        <translation>&amp;Rätta (felregistrerad)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rätta felregistrerad listning</source>
        <translation>Rätta felregistrerad listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Markera en listning som registrerades av misstag som felregistrerad.</source>
        <translation>Markera en listning som registrerades av misstag som felregistrerad.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Listnings&amp;stopp…</source>
        <translation>Listnings&amp;stopp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa, anmäl eller upphäv klinikens listningsstopp (R-LI-5).</source>
        <translation>Visa, anmäl eller upphäv klinikens listningsstopp (R-LI-5).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listade per månad</source>
        <translation>Listade per månad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listade patienter per månad, de senaste {months} månaderna (R-LI-8)</source>
        <translation>Listade patienter per månad, de senaste {months} månaderna (R-LI-8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Exportera CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera listade per månad som CSV</source>
        <translation>Exportera listade per månad som CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara de avslutade månaderna av de senaste {months} som CSV (semikolon, UTF-8) för Excel och avstämning med regionen. Pågående månad tas inte med.</source>
        <translation>Spara de avslutade månaderna av de senaste {months} som CSV (semikolon, UTF-8) för Excel och avstämning med regionen. Pågående månad tas inte med.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> (R-LI-6)</source>
        <translation> (R-LI-6)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Visas: {count}</source>
        <translation>Visas: {count}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Diagrammet över listade per månad kunde inte läsas just nu.</source>
        <translation>Diagrammet över listade per månad kunde inte läsas just nu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj en listning i tabellen först.</source>
        <translation>Välj en listning i tabellen först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registrera att listningen upphör, med slutdatum och orsak.</source>
        <translation>Registrera att listningen upphör, med slutdatum och orsak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen är redan avslutad eller felregistrerad.</source>
        <translation>Listningen är redan avslutad eller felregistrerad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listningen är redan markerad som felregistrerad.</source>
        <translation>Listningen är redan markerad som felregistrerad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>är avslutad</source>
        <translation>är avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avslutas, sista dag {last}</source>
        <translation>avslutas, sista dag {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen för {name} {when}.</source>
        <translation>Listningen för {name} {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rättelsen är köad för regionens listningssystem.</source>
        <translation>Rättelsen är köad för regionens listningssystem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättelsen sparades bara lokalt (skyddad identitet).</source>
        <translation>Rättelsen sparades bara lokalt (skyddad identitet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listningen för {name} är markerad som felregistrerad. {where}</source>
        <translation>Listningen för {name} är markerad som felregistrerad. {where}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exportera listade per månad</source>
        <translation>Exportera listade per månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Pågående månad togs inte med: siffrorna kan ändras till månadens slut.</source>
        <translation> Pågående månad togs inte med: siffrorna kan ändras till månadens slut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months} månader ({rows} rader) exporterade till {path}.{left_out}</source>
        <translation>{months} månader ({rows} rader) exporterade till {path}.{left_out}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../klinik_app/ui/login.py" line="+25"/>
        <source>Skärmen är låst – Klinik</source>
        <translation>Skärmen är låst – Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinik är låst. Inloggad: {who}. Skriv ditt lösenord för att fortsätta där du var, eller logga ut.</source>
        <translation>Klinik är låst. Inloggad: {who}. Skriv ditt lösenord för att fortsätta där du var, eller logga ut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lås upp</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logga &amp;ut</source>
        <translation>Logga &amp;ut</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location line="-83"/>
        <source> på {clinic_name}</source>
        <translation> på {clinic_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logga in{where} med ditt HSA-ID och lösenord.</source>
        <translation>Logga in{where} med ditt HSA-ID och lösenord.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Logga in – Klinik</source>
        <translation>Logga in – Klinik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. SE2321000222-T1234</source>
        <translation>t.ex. SE2321000222-T1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;vsluta</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logga &amp;in</source>
        <translation>Logga &amp;in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="+54"/>
        <source>Sidor</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienter</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientregistret och patientkortet (Ctrl+1)</source>
        <translation>Patientregistret och patientkortet (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens listningar, listningsstopp och listade per månad (Ctrl+2)</source>
        <translation>Klinikens listningar, listningsstopp och listade per månad (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser</source>
        <translation>Kallelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienter som ska kallas till revision: kallelsebrev, status och pauser (Ctrl+3)</source>
        <translation>Patienter som ska kallas till revision: kallelsebrev, status och pauser (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök patient</source>
        <translation>&amp;Sök patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna &amp;patientkortet</source>
        <translation>Öppna &amp;patientkortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tillbaka till listan</source>
        <translation>&amp;Tillbaka till listan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lista patient…</source>
        <translation>&amp;Lista patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrera patientens val av kliniken, med samtycke (R-LI-1)</source>
        <translation>Registrera patientens val av kliniken, med samtycke (R-LI-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera &amp;undersökning…</source>
        <translation>Registrera &amp;undersökning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera en revisionsundersökning eller tandhälsokontroll (R-RV-1, R-RV-5)</source>
        <translation>Registrera en revisionsundersökning eller tandhälsokontroll (R-RV-1, R-RV-5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patienter</source>
        <translation>&amp;Patienter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Listning</source>
        <translation>&amp;Listning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kallelser</source>
        <translation>&amp;Kallelser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synka &amp;nu</source>
        <translation>Synka &amp;nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skicka väntande ändringar till regionen och hämta regionens ändringar</source>
        <translation>Skicka väntande ändringar till regionen och hämta regionens ändringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringar som &amp;behöver åtgärd…</source>
        <translation>Ändringar som &amp;behöver åtgärd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändringar som regionen inte tog emot, och konflikter</source>
        <translation>Ändringar som regionen inte tog emot, och konflikter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ynkinställningar…</source>
        <translation>S&amp;ynkinställningar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionens adress, klinikens certifikat och automatisk synkronisering</source>
        <translation>Regionens adress, klinikens certifikat och automatisk synkronisering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loggkontroll…</source>
        <translation>&amp;Loggkontroll…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åtkomstloggen per patient, användare och period; månadens granskning (R-SE-2)</source>
        <translation>Åtkomstloggen per patient, användare och period; månadens granskning (R-SE-2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Säkerhets&amp;kopiera nu</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör en kontrollerad kopia av databasen i säkerhetskopiemappen</source>
        <translation>Gör en kontrollerad kopia av databasen i säkerhetskopiemappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åter&amp;ställ från säkerhetskopia…</source>
        <translation>Åter&amp;ställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Om Klinik</source>
        <translation>&amp;Om Klinik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Klinik: {name}</source>
        <translation>Klinik: {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I registret: {count}</source>
        <translation>I registret: {count}</translation>
    </message>
</context>
<context>
    <name>ManualHandlingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="+25"/>
        <source>Kallelser att hantera manuellt</source>
        <translation>Kallelser att hantera manuellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dessa patienter fick inget utskrivet brev och registrerades inte som kallade.</source>
        <translation>Dessa patienter fick inget utskrivet brev och registrerades inte som kallade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalla manuellt: skyddad identitet (R-TG-4) eller adress saknas. Kontakta dem enligt klinikens rutin, t.ex. per telefon, och markera sedan status i listan.</source>
        <translation>Kalla manuellt: skyddad identitet (R-TG-4) eller adress saknas. Kontakta dem enligt klinikens rutin, t.ex. per telefon, och markera sedan status i listan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen kallelse: bokad, avböjt, pausad eller alla påminnelser redan skickade.</source>
        <translation>Ingen kallelse: bokad, avböjt, pausad eller alla påminnelser redan skickade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter att hantera manuellt</source>
        <translation>Patienter att hantera manuellt</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-571"/>
        <source>Fel: {error}</source>
        <translation>Fel: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga meddelanden</source>
        <translation>Inga meddelanden</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../klinik_app/ui/month_chart.py" line="+159"/>
        <source>Listade patienter per månad</source>
        <translation>Listade patienter per månad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Listade patienter per månad, {first} till {last}. Senaste månaden, {month}: {count} listade</source>
        <translation>Listade patienter per månad, {first} till {last}. Senaste månaden, {month}: {count} listade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Preliminär: månaden pågår.</source>
        <translation> Preliminär: månaden pågår.</translation>
    </message>
</context>
<context>
    <name>MonthSummaryDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+125"/>
        <source>Månadssammanfattning</source>
        <translation>Månadssammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadens avvikelser och lärdomar till arbetsplatsträffen, avidentifierade.</source>
        <translation>Månadens avvikelser och lärdomar till arbetsplatsträffen, avidentifierade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Månad:</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="+327"/>
        <source>Stickprovets poster</source>
        <translation>Stickprovets poster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Månad</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Må&amp;nad:</source>
        <translation>Må&amp;nad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stickprovets st&amp;orlek:</source>
        <translation>Stickprovets st&amp;orlek:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frö:</source>
        <translation>&amp;Frö:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samma månad, storlek och frö ger alltid samma stickprov; fröet sparas med kvitteringen så att granskningen kan göras om.</source>
        <translation>Samma månad, storlek och frö ger alltid samma stickprov; fröet sparas med kvitteringen så att granskningen kan göras om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ta stickprov</source>
        <translation>&amp;Ta stickprov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dra stickprovet och visa posterna</source>
        <translation>Dra stickprovet och visa posterna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kvittering:</source>
        <translation>Kvittering:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Granskare (HSA-id):</source>
        <translation>&amp;Granskare (HSA-id):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Till exempel ”Inga avvikelser” eller vad som ska utredas.</source>
        <translation>Till exempel ”Inga avvikelser” eller vad som ska utredas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resultat:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ersätt &amp;den tidigare kvitteringen</source>
        <translation>Ersätt &amp;den tidigare kvitteringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ersätt den tidigare kvitteringen</source>
        <translation>Ersätt den tidigare kvitteringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ignera granskningen</source>
        <translation>S&amp;ignera granskningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvittera månadens granskning med stickprovet ovan</source>
        <translation>Kvittera månadens granskning med stickprovet ovan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Välj Ta stickprov för att visa posterna.</source>
        <translation>Välj Ta stickprov för att visa posterna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kvitterad {signed_at:%Y-%m-%d %H:%M} av {who}: ”{findings}” (stickprov {sample_size} poster, frö {seed}). En ny kvittering ersätter den.</source>
        <translation>Kvitterad {signed_at:%Y-%m-%d %H:%M} av {who}: ”{findings}” (stickprov {sample_size} poster, frö {seed}). En ny kvittering ersätter den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Månaden är inte kvitterad än.</source>
        <translation>Månaden är inte kvitterad än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kvittering: {status}</source>
        <translation>Kvittering: {status}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>i stickprovet av {population} poster om patienter under {month:%Y-%m} (frö {seed})</source>
        <translation>i stickprovet av {population} poster om patienter under {month:%Y-%m} (frö {seed})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ta stickprovet och granska posterna innan granskningen signeras.</source>
        <translation>Ta stickprovet och granska posterna innan granskningen signeras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Månaden är redan kvitterad. Kryssa i ”Ersätt den tidigare kvitteringen” om den nya kvitteringen ska gälla i stället.</source>
        <translation>Månaden är redan kvitterad. Kryssa i ”Ersätt den tidigare kvitteringen” om den nya kvitteringen ska gälla i stället.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Granskningen av {month:%Y-%m} är kvitterad. Anteckna loggens sigill i granskningsprotokollet, utanför programmet: {seal_hash}</source>
        <translation>Granskningen av {month:%Y-%m} är kvitterad. Anteckna loggens sigill i granskningsprotokollet, utanför programmet: {seal_hash}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-60"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}. Ändra dag, tid, längd, behandlare eller rum och tryck Enter för att flytta tiden.</source>
        <translation>{status}. Ändra dag, tid, längd, behandlare eller rum och tryck Enter för att flytta tiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Överenskommelse:</source>
        <translation>Överenskommelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Längd:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rum:</source>
        <translation>&amp;Rum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: tiden flyttad till {when}.</source>
        <translation>{name}: tiden flyttad till {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: tiden {when} är ändrad.</source>
        <translation>{name}: tiden {when} är ändrad.</translation>
    </message>
</context>
<context>
    <name>MoveProposalDialog</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="+107"/>
        <source>Flytta förslag</source>
        <translation>Flytta förslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: revision senast {due}. Välj dag, tid och behandlare; Enter sparar.</source>
        <translation>{name}: revision senast {due}. Välj dag, tid och behandlare; Enter sparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tid:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>MovingDialog</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-40"/>
        <source>Flyttbrev</source>
        <translation>Flyttbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken flyttar: ange den nya adressen. Ett brev skrivs till varje listad patient, eller till vårdnadshavarna för barn (ett brev per hushåll), och klinikens adress uppdateras (R-LI-7).</source>
        <translation>Kliniken flyttar: ange den nya adressen. Ett brev skrivs till varje listad patient, eller till vårdnadshavarna för barn (ett brev per hushåll), och klinikens adress uppdateras (R-LI-7).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny &amp;gatuadress:</source>
        <translation>Ny &amp;gatuadress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;ort:</source>
        <translation>Post&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flyttdatum:</source>
        <translation>&amp;Flyttdatum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ange den nya gatuadressen, postnumret och postorten.</source>
        <translation>Ange den nya gatuadressen, postnumret och postorten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara flyttbreven</source>
        <translation>Spara flyttbreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj var breven ska sparas.</source>
        <translation>Välj var breven ska sparas.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="-54"/>
        <source>Ny remiss</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss till specialisttandvård för {patient_name}. Remissen sparas som ej skickad tills du registrerar att den skickats.</source>
        <translation>Remiss till specialisttandvård för {patient_name}. Remissen sparas som ej skickad tills du registrerar att den skickats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Specialitet:</source>
        <translation>&amp;Specialitet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj specialitet</source>
        <translation>Välj specialitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialitet</source>
        <translation>Specialitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;remissen</source>
        <translation>Spara &amp;remissen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-161"/>
        <source>{name}, datum</source>
        <translation>{name}, datum</translation>
    </message>
</context>
<context>
    <name>OrderersDialog</name>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="+120"/>
        <source>Beställare och mål</source>
        <translation>Beställare och mål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rader åtskilda med kommatecken</source>
        <translation>rader åtskilda med kommatecken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara &amp;beställare</source>
        <translation>Spara &amp;beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;y beställare</source>
        <translation>N&amp;y beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställare och avtal</source>
        <translation>Beställare och avtal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;eställare:</source>
        <translation>B&amp;eställare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS&amp;A-id:</source>
        <translation>HS&amp;A-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avtals&amp;år:</source>
        <translation>Avtals&amp;år:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ante&amp;ckning om avtalet:</source>
        <translation>Ante&amp;ckning om avtalet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nära-marginal</source>
        <translation>Nära-marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål per indikator</source>
        <translation>Mål per indikator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara &amp;mål</source>
        <translation>Spara &amp;mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiera målen till nästa år</source>
        <translation>&amp;Kopiera målen till nästa år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bo&amp;rt målet</source>
        <translation>Ta bo&amp;rt målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål (andelar i procent)</source>
        <translation>Mål (andelar i procent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Må&amp;lvärde:</source>
        <translation>Må&amp;lvärde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ära-marginal:</source>
        <translation>N&amp;ära-marginal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handlingsplaner</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+112"/>
        <source>Pågår</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Dagen åtgärden genomfördes; lämna &quot;Pågår&quot; så länge den inte är klar.</source>
        <translation>Dagen åtgärden genomfördes; lämna &quot;Pågår&quot; så länge den inte är klar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missade mål utan handlingsplan</source>
        <translation>Missade mål utan handlingsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara &amp;handlingsplan</source>
        <translation>Spara &amp;handlingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny handlings&amp;plan</source>
        <translation>Ny handlings&amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta b&amp;ort handlingsplanen</source>
        <translation>Ta b&amp;ort handlingsplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlingsplaner när ett mål inte nås</source>
        <translation>Handlingsplaner när ett mål inte nås</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indika&amp;tor:</source>
        <translation>Indika&amp;tor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åt&amp;gärd:</source>
        <translation>Åt&amp;gärd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;varig:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart &amp;senast:</source>
        <translation>Klart &amp;senast:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomf&amp;örd:</source>
        <translation>Genomf&amp;örd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Skriv åtgärden för {indicator} och spara.</source>
        <translation>Skriv åtgärden för {indicator} och spara.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingenting sparades.</source>
        <translation>Ingenting sparades.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beställaren är sparad.</source>
        <translation>Beställaren är sparad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Den nya beställaren är sparad.</source>
        <translation>Den nya beställaren är sparad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avtalets anteckning är sparad.</source>
        <translation>Avtalets anteckning är sparad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Målet för {name} är sparat.</source>
        <translation>Målet för {name} är sparat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Målen är kopierade till {year}.</source>
        <translation>Målen är kopierade till {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{copied} mål kopierades till {year}.</source>
        <translation>{copied} mål kopierades till {year}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handlingsplanen är sparad.</source>
        <translation>Handlingsplanen är sparad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Välj först handlingsplanen i tabellen.</source>
        <translation>Välj först handlingsplanen i tabellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlingsplanen för {name} är borttagen.</source>
        <translation>Handlingsplanen för {name} är borttagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välj först målet i tabellen.</source>
        <translation>Välj först målet i tabellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Målet för {name} {year} är borttaget.</source>
        <translation>Målet för {name} {year} är borttaget.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-175"/>
        <source>Eget revisionsdatum</source>
        <translation>Eget revisionsdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beräknat datum: {date} ({rule}).</source>
        <translation>Beräknat datum: {date} ({rule}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Eget datum</source>
        <translation>Eget datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eget &amp;datum:</source>
        <translation>Eget &amp;datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. vill komma före en flytt, tandreglering pågår</source>
        <translation>t.ex. vill komma före en flytt, tandreglering pågår</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak till eget datum</source>
        <translation>Orsak till eget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det beräknade datumet ändras inte; patienten flyttas i kallelselistan och kallelsen anger det egna datumet. Ett senare datum än det beräknade kan göra revisionen försenad.</source>
        <translation>Det beräknade datumet ändras inte; patienten flyttas i kallelselistan och kallelsen anger det egna datumet. Ett senare datum än det beräknade kan göra revisionen försenad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ta bort eget datum</source>
        <translation>&amp;Ta bort eget datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta bort eget datum</source>
        <translation>Ta bort eget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå tillbaka till det beräknade datumet.</source>
        <translation>Gå tillbaka till det beräknade datumet.</translation>
    </message>
</context>
<context>
    <name>PatientCardView</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="+80"/>
        <source>Patientkort</source>
        <translation>Patientkort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Födelsedatum</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk och tolk</source>
        <translation>Språk och tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Vårdnadshavare</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Att åtgärda</source>
        <translation>Att åtgärda</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personuppgifter</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Födelsedatum:</source>
        <translation>Födelsedatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder:</source>
        <translation>Ålder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgrupp:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk och tolk:</source>
        <translation>Språk och tolk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Språk och t&amp;olk…</source>
        <translation>Språk och t&amp;olk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patientens språk och om tolk behövs vid besöken</source>
        <translation>Patientens språk och om tolk behövs vid besöken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vårdnadshavare:</source>
        <translation>Vårdnadshavare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning och ansvar</source>
        <translation>Listning och ansvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning:</source>
        <translation>Listning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare:</source>
        <translation>Ansvarig tandläkare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lista patient…</source>
        <translation>&amp;Lista patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista patient</source>
        <translation>Lista patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera patientens val av kliniken, med samtycke (R-LI-1). Ctrl+L</source>
        <translation>Registrera patientens val av kliniken, med samtycke (R-LI-1). Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Journalkopia…</source>
        <translation>&amp;Journalkopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopia av journalen till en annan vårdgivare eller till patienten (R-SE-4). Ctrl+J</source>
        <translation>Kopia av journalen till en annan vårdgivare eller till patienten (R-SE-4). Ctrl+J</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regler:</source>
        <translation>Regler:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Varning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} år</source>
        <translation>{age} år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad identitet</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skyddad – visas inte</source>
        <translation>Skyddad – visas inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>svenska, ingen tolk</source>
        <translation>svenska, ingen tolk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inga registrerade</source>
        <translation>inga registrerade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen listning</source>
        <translation>Ingen listning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inget</source>
        <translation>inget</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-199"/>
        <source>Namn eller personnummer</source>
        <translation>Namn eller personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök patient</source>
        <translation>Sök patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Träffar</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{last_name}, {first_name}  {personnummer}  ({age} år)</source>
        <translation>{last_name}, {first_name}  {personnummer}  ({age} år)</translation>
    </message>
</context>
<context>
    <name>PatientReferralsPanel</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="+148"/>
        <location line="+2"/>
        <source>Remisser</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patientens remisser</source>
        <translation>Patientens remisser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny &amp;remiss…</source>
        <translation>Ny &amp;remiss…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ski&amp;cka…</source>
        <translation>Ski&amp;cka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reg&amp;istrera svar…</source>
        <translation>Reg&amp;istrera svar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av&amp;sluta</source>
        <translation>Av&amp;sluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åt&amp;erkalla</source>
        <translation>Åt&amp;erkalla</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remissen är sparad. Registrera när den skickas (Skicka…).</source>
        <translation>Remissen är sparad. Registrera när den skickas (Skicka…).</translation>
    </message>
</context>
<context>
    <name>PatientTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-331"/>
        <source>Patientens poster i åtkomstloggen</source>
        <translation>Patientens poster i åtkomstloggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnummer (i valfri form) eller namn</source>
        <translation>Personnummer (i valfri form) eller namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hitta</source>
        <translation>&amp;Hitta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sök patienten i registret (Enter)</source>
        <translation>Sök patienten i registret (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Namn eller perso&amp;nnummer:</source>
        <translation>Namn eller perso&amp;nnummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn eller personnummer</source>
        <translation>Namn eller personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vä&amp;lj patient:</source>
        <translation>Vä&amp;lj patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök först, eller öppna patientkortet och sedan Loggkontroll</source>
        <translation>Sök först, eller öppna patientkortet och sedan Loggkontroll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visa poster</source>
        <translation>&amp;Visa poster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa patientens poster under perioden</source>
        <translation>Visa patientens poster under perioden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loggutdrag till patient (P&amp;DF)…</source>
        <translation>Loggutdrag till patient (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patientens utdrag ”vem har läst min journal” för perioden; utlämnandet loggas.</source>
        <translation>Patientens utdrag ”vem har läst min journal” för perioden; utlämnandet loggas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara loggutdraget</source>
        <translation>Spara loggutdraget</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>– ingen patient matchar sökningen</source>
        <translation>– ingen patient matchar sökningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (fler finns: skriv mer)</source>
        <translation> (fler finns: skriv mer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} patienter matchar{more}. Välj en i listan Välj patient.</source>
        <translation>{count} patienter matchar{more}. Välj en i listan Välj patient.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>– sök och välj först en patient</source>
        <translation>– sök och välj först en patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>om {patient} ({period})</source>
        <translation>om {patient} ({period})</translation>
    </message>
</context>
<context>
    <name>PatientTimesPanel</name>
    <message>
        <location filename="../../klinik_app/ui/patient_times.py" line="+49"/>
        <location line="+1"/>
        <source>Tider</source>
        <translation>Tider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patientens tider</source>
        <translation>Patientens tider</translation>
    </message>
</context>
<context>
    <name>PatientsBehindPage</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="-327"/>
        <source>← &amp;Tillbaka till uppföljningen (Esc)</source>
        <translation>← &amp;Tillbaka till uppföljningen (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tillbaka till uppföljningen</source>
        <translation>Tillbaka till uppföljningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter öppnar patientkortet. Esc går tillbaka till uppföljningen.</source>
        <translation>Enter öppnar patientkortet. Esc går tillbaka till uppföljningen.</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../klinik_app/ui/drill_down.py" line="+33"/>
        <source>Patienter bakom siffran</source>
        <translation>Patienter bakom siffran</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-83"/>
        <source>Pausa kallelse</source>
        <translation>Pausa kallelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pausa till och med</source>
        <translation>Pausa till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa &amp;till:</source>
        <translation>Pausa &amp;till:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa till</source>
        <translation>Pausa till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. utlandsvistelse, behandlas på annan klinik</source>
        <translation>t.ex. utlandsvistelse, behandlas på annan klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orsak till pausen</source>
        <translation>Orsak till pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten visas inte i kallelselistan förrän datumet har passerat (se Status: Pausad). Inget tas bort, och pausen kan hävas när som helst. Orsaken sparas så att kollegorna ser varför.</source>
        <translation>Patienten visas inte i kallelselistan förrän datumet har passerat (se Status: Pausad). Inget tas bort, och pausen kan hävas när som helst. Orsaken sparas så att kollegorna ser varför.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pausa</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+122"/>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen fil valdes. Välj var PDF-filen ska sparas.</source>
        <translation>Ingen fil valdes. Välj var PDF-filen ska sparas.</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-152"/>
        <source>Från och med</source>
        <translation>Från och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hela &amp;tiden</source>
        <translation>Hela &amp;tiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hela tiden loggen omfattar</source>
        <translation>Hela tiden loggen omfattar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Från:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ill:</source>
        <translation>T&amp;ill:</translation>
    </message>
</context>
<context>
    <name>PeriodTab</name>
    <message>
        <location line="+219"/>
        <source>Åtkomstloggens poster under perioden</source>
        <translation>Åtkomstloggens poster under perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa periodens poster, {count} åt gången</source>
        <translation>Visa periodens poster, {count} åt gången</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Föregående si&amp;da</source>
        <translation>Föregående si&amp;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nästa sida</source>
        <translation>&amp;Nästa sida</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Poster {first}–{last} under {period} (sida {page}</source>
        <translation>Poster {first}–{last} under {period} (sida {page}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, fler finns: Nästa sida).</source>
        <translation>, fler finns: Nästa sida).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, den sista).</source>
        <translation>, den sista).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga poster under {period}.</source>
        <translation>Inga poster under {period}.</translation>
    </message>
</context>
<context>
    <name>PlanningChart</name>
    <message>
        <location filename="../../klinik_app/ui/planning_chart.py" line="+23"/>
        <source>Revisionstid per period</source>
        <translation>Revisionstid per period</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} perioder från {first}: {hours} timmar revisioner behövs, brist i {shortfalls} av dem.</source>
        <translation>{count} perioder från {first}: {hours} timmar revisioner behövs, brist i {shortfalls} av dem.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{hours} tim</source>
        <translation>{hours} tim</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/planning.py" line="+43"/>
        <source>Revisionstiderna används i revisionsprognosen och när Klinik föreslår tider. Ledtiden avgör när en remiss senast ska skickas för att specialisten ska hinna före det år patienten fyller 24.</source>
        <translation>Revisionstiderna används i revisionsprognosen och när Klinik föreslår tider. Ledtiden avgör när en remiss senast ska skickas för att specialisten ska hinna före det år patienten fyller 24.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planering</source>
        <translation>Planering</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tid för en revisionsundersökning</source>
        <translation>Tid för en revisionsundersökning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riskgrupp {risk}</source>
        <translation>Riskgrupp {risk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{ages} år</source>
        <translation>{ages} år</translation>
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
        <translation>Revisionstid {ages}, riskgrupp {risk}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Föreslagna tider</source>
        <translation>Föreslagna tider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undvik skoltid för skolbarn</source>
        <translation>Undvik skoltid för skolbarn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skoltiden börjar</source>
        <translation>Skoltiden börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skoltiden slutar</source>
        <translation>Skoltiden slutar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skoltid:</source>
        <translation>Skoltid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> år</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Skolålder från</source>
        <translation>Skolålder från</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skolålder till</source>
        <translation>Skolålder till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skolålder:</source>
        <translation>Skolålder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra tid vid tolk</source>
        <translation>Extra tid vid tolk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra tid vid tolk:</source>
        <translation>Extra tid vid tolk:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Specialistens ledtid för en remiss</source>
        <translation>Specialistens ledtid för en remiss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> dagar</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledtid {specialty}</source>
        <translation>Ledtid {specialty}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Skoltid som undviks</source>
        <translation>Skoltid som undviks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skolålder</source>
        <translation>Skolålder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>En revisionsundersökning ska ta {low} till {high} minuter. Ändra tiden för {ages} år, riskgrupp {risk} ({minutes} minuter).</source>
        <translation>En revisionsundersökning ska ta {low} till {high} minuter. Ändra tiden för {ages} år, riskgrupp {risk} ({minutes} minuter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skoltiden ska sluta efter att den börjar. Ändra tiderna, eller bocka ur Undvik skoltid för skolbarn.</source>
        <translation>Skoltiden ska sluta efter att den börjar. Ändra tiderna, eller bocka ur Undvik skoltid för skolbarn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skolåldern ska ligga mellan {low} och {high} år, och den första åldern ska vara lägre än den andra. Ändra skolåldern.</source>
        <translation>Skolåldern ska ligga mellan {low} och {high} år, och den första åldern ska vara lägre än den andra. Ändra skolåldern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra tid vid tolk ska vara {low} till {high} minuter. Ändra den.</source>
        <translation>Extra tid vid tolk ska vara {low} till {high} minuter. Ändra den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledtiden ska vara mellan 0 och {high} dagar. Ändra den för {specialty}.</source>
        <translation>Ledtiden ska vara mellan 0 och {high} dagar. Ändra den för {specialty}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planeringens inställningar</source>
        <translation>Planeringens inställningar</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/planning_model.py" line="+117"/>
        <source>{period}, brist</source>
        <translation>{period}, brist</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../klinik_app/ui/planning_view.py" line="+91"/>
        <source>Planering</source>
        <translation>Planering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa per</source>
        <translation>Visa per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vecka</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månad</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+91"/>
        <source>Alla</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rbetstider …</source>
        <translation>A&amp;rbetstider …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetstider, ledighet och extra dagar per tandläkare och tandhygienist</source>
        <translation>Arbetstider, ledighet och extra dagar per tandläkare och tandhygienist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa p&amp;er:</source>
        <translation>Visa p&amp;er:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig &amp;tandläkare:</source>
        <translation>Ansvarig &amp;tandläkare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listning:</source>
        <translation>&amp;Listning:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revisioner per period</source>
        <translation>Revisioner per period</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pro&amp;gnos</source>
        <translation>Pro&amp;gnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Förslag</source>
        <translation>&amp;Förslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att &amp;bekräfta</source>
        <translation>Att &amp;bekräfta</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ingen ansvarig tandläkare (R-LI-6)</source>
        <translation>Ingen ansvarig tandläkare (R-LI-6)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inga arbetstider är inlagda än, så tiden kan inte jämföras: lägg in dem med Arbetstider …</source>
        <translation>Inga arbetstider är inlagda än, så tiden kan inte jämföras: lägg in dem med Arbetstider …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiden räcker alla veckor.</source>
        <translation>Tiden räcker alla veckor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiden räcker alla månader.</source>
        <translation>Tiden räcker alla månader.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brist i 1 vecka ({hours} timmar).</source>
        <translation>Brist i 1 vecka ({hours} timmar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i {count} veckor ({hours} timmar).</source>
        <translation>Brist i {count} veckor ({hours} timmar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brist i 1 månad ({hours} timmar).</source>
        <translation>Brist i 1 månad ({hours} timmar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i {count} månader ({hours} timmar).</source>
        <translation>Brist i {count} månader ({hours} timmar).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 revision faller ut de kommande 24 månaderna, {overdue} är försenade.</source>
        <translation>1 revision faller ut de kommande 24 månaderna, {overdue} är försenade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{due} revisioner faller ut de kommande 24 månaderna, {overdue} är försenade.</source>
        <translation>{due} revisioner faller ut de kommande 24 månaderna, {overdue} är försenade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kapaciteten gäller hela kliniken.</source>
        <translation>Kapaciteten gäller hela kliniken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{period}: hämtar patienterna …</source>
        <translation>{period}: hämtar patienterna …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period}: 1 patient</source>
        <translation>{period}: 1 patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{period}: {count} patienter</source>
        <translation>{period}: {count} patienter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}: patienterna kunde inte hämtas just nu.</source>
        <translation>{period}: patienterna kunde inte hämtas just nu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arbetstiderna är sparade. Kapaciteten räknas om.</source>
        <translation>Arbetstiderna är sparade. Kapaciteten räknas om.</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="+15"/>
        <location line="+195"/>
        <source>Förslag</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Periodens första dag</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodens sista dag</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslå t&amp;ider</source>
        <translation>Föreslå t&amp;ider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fl&amp;ytta …</source>
        <translation>Fl&amp;ytta …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta b&amp;ort</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boka a&amp;lla som förslag</source>
        <translation>Boka a&amp;lla som förslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiderna bokas som föreslagna, inte överenskomna, tills patienten har bekräftat (R-AB-3)</source>
        <translation>Tiderna bokas som föreslagna, inte överenskomna, tills patienten har bekräftat (R-AB-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv kall&amp;elser …</source>
        <translation>Skriv kall&amp;elser …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser med de bokade tiderna, och hur man bekräftar eller ändrar dem</source>
        <translation>Kallelser med de bokade tiderna, och hur man bekräftar eller ändrar dem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period &amp;start:</source>
        <translation>Period &amp;start:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>till och &amp;med:</source>
        <translation>till och &amp;med:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beha&amp;ndlare:</source>
        <translation>Beha&amp;ndlare:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj period och behandlare och tryck Föreslå tider.</source>
        <translation>Välj period och behandlare och tryck Föreslå tider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslagna tider</source>
        <translation>Föreslagna tider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter utan förslag</source>
        <translation>Patienter utan förslag</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Undvik s&amp;koltid ({hours}) för skolbarn</source>
        <translation>Undvik s&amp;koltid ({hours}) för skolbarn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Föreslår tider …</source>
        <translation>Föreslår tider …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} förslag ({overdue} försenade först), {missing} utan ledig tid.</source>
        <translation>{count} förslag ({overdue} försenade först), {missing} utan ledig tid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv kallelserna med Skriv kallelser …</source>
        <translation>Skriv kallelserna med Skriv kallelser …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utan förslag ({count}):</source>
        <translation>Utan förslag ({count}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inga förslag gjordes.</source>
        <translation>Inga förslag gjordes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name}: förslaget flyttat till {when}.</source>
        <translation>{name}: förslaget flyttat till {when}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} togs bort ur förslagen.</source>
        <translation>{name} togs bort ur förslagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bokar {count} föreslagna tider …</source>
        <translation>Bokar {count} föreslagna tider …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spara kallelser med föreslagna tider ({count} patienter)</source>
        <translation>Spara kallelser med föreslagna tider ({count} patienter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriver kallelser …</source>
        <translation>Skriver kallelser …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kallelser</source>
        <translation>Kallelser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inga kallelser skrevs.</source>
        <translation>Inga kallelser skrevs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparade i {path}.</source>
        <translation>Sparade i {path}.</translation>
    </message>
</context>
<context>
    <name>RecallDecisionDialog</name>
    <message>
        <location filename="../../klinik_app/ui/revision_panel.py" line="+372"/>
        <source>Eget datum för nästa revision</source>
        <translation>Eget datum för nästa revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausad kallelse</source>
        <translation>Pausad kallelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa kallelse</source>
        <translation>Pausa kallelse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Det beräknade datumet ändras inte; kallelselistan använder ditt datum i stället. Beräknat: {computed}.</source>
        <translation>Det beräknade datumet ändras inte; kallelselistan använder ditt datum i stället. Beräknat: {computed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen revision inom Hälsoval</source>
        <translation>ingen revision inom Hälsoval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eget datum</source>
        <translation>Eget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen kallelse skickas förrän pausen är slut. Kallelsen tas aldrig bort.</source>
        <translation>Ingen kallelse skickas förrän pausen är slut. Kallelsen tas aldrig bort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Pausad till {disabled_until}.</source>
        <translation> Pausad till {disabled_until}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausa till</source>
        <translation>Pausa till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausa &amp;till:</source>
        <translation>Pausa &amp;till:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. önskar tid efter jul</source>
        <translation>t.ex. önskar tid efter jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t.ex. utlandsvistelse</source>
        <translation>t.ex. utlandsvistelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Orsak (krävs):</source>
        <translation>&amp;Orsak (krävs):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pausa</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ta bort eget datum</source>
        <translation>&amp;Ta bort eget datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Häv pausen</source>
        <translation>&amp;Häv pausen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Eget datum för nästa revision: {date}. Det beräknade datumet finns kvar.</source>
        <translation>Eget datum för nästa revision: {date}. Det beräknade datumet finns kvar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kallelsen är pausad till {date}.</source>
        <translation>Kallelsen är pausad till {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det egna datumet är borttaget. Kallelsen följer det beräknade datumet.</source>
        <translation>Det egna datumet är borttaget. Kallelsen följer det beräknade datumet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausen är hävd.</source>
        <translation>Pausen är hävd.</translation>
    </message>
</context>
<context>
    <name>RecallTableModel</name>
    <message>
        <location filename="../../klinik_app/ui/recall_model.py" line="+195"/>
        <source>, försenad</source>
        <translation>, försenad</translation>
    </message>
</context>
<context>
    <name>RecallView</name>
    <message>
        <location filename="../../klinik_app/ui/recall_view.py" line="+184"/>
        <location line="+585"/>
        <source>Kallelser</source>
        <translation>Kallelser</translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snabbval av period. Tre månader: denna och de två följande månaderna.</source>
        <translation>Snabbval av period. Tre månader: denna och de två följande månaderna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Från och med</source>
        <translation>Från och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisioner som ska vara gjorda senast under perioden.</source>
        <translation>Revisioner som ska vara gjorda senast under perioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta &amp;med försenade</source>
        <translation>Ta &amp;med försenade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta med försenade</source>
        <translation>Ta med försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa också patienter vars revision skulle ha gjorts före periodens början.</source>
        <translation>Visa också patienter vars revision skulle ha gjorts före periodens början.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Från:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Till:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tandläkare krävs</source>
        <translation>Tandläkare krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ja: undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</source>
        <translation>Ja: undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningstyp</source>
        <translation>Listningstyp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pausade kallelser visas bara under Pausad. Påminnelse ska skickas: kallad för länge sedan, utan svar.</source>
        <translation>Pausade kallelser visas bara under Pausad. Påminnelse ska skickas: kallad för länge sedan, utan svar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> dagar</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad mer än, dagar</source>
        <translation>Försenad mer än, dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara patienter vars revision är försenad mer än så många dagar: ersättningen (kapiteringen) för dem kan vara i fara. Av = alla.</source>
        <translation>Bara patienter vars revision är försenad mer än så många dagar: ersättningen (kapiteringen) för dem kan vara i fara. Av = alla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tand&amp;läkare krävs:</source>
        <translation>Tand&amp;läkare krävs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig ta&amp;ndläkare:</source>
        <translation>Ansvarig ta&amp;ndläkare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningst&amp;yp:</source>
        <translation>Listningst&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;örsenad mer än:</source>
        <translation>F&amp;örsenad mer än:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kallelselista</source>
        <translation>Kallelselista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter öppnar patientkortet. Ctrl+A markerar alla, Ctrl+P skriver kallelser för de markerade.</source>
        <translation>Enter öppnar patientkortet. Ctrl+A markerar alla, Ctrl+P skriver kallelser för de markerade.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skr&amp;iv kallelser…</source>
        <translation>Skr&amp;iv kallelser…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv kallelser</source>
        <translation>Skriv kallelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv kallelsebrev för de markerade patienterna som en PDF, ett brev per hushåll, och registrera dem som kallade (Ctrl+P).</source>
        <translation>Skriv kallelsebrev för de markerade patienterna som en PDF, ett brev per hushåll, och registrera dem som kallade (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bokad</source>
        <translation>&amp;Bokad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Markera som bokad</source>
        <translation>Markera som bokad</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Patienten har fått en tid.</source>
        <translation>Patienten har fått en tid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbö&amp;jt</source>
        <translation>Avbö&amp;jt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Markera som avböjt</source>
        <translation>Markera som avböjt</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Patienten (eller vårdnadshavaren) tackar nej.</source>
        <translation>Patienten (eller vårdnadshavaren) tackar nej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej n&amp;åbar</source>
        <translation>Ej n&amp;åbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Markera som ej nåbar</source>
        <translation>Markera som ej nåbar</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Patienten har inte gått att nå.</source>
        <translation>Patienten har inte gått att nå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ej kontaktad</source>
        <translation>&amp;Ej kontaktad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Markera som ej kontaktad</source>
        <translation>Markera som ej kontaktad</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Tillbaka till ej kontaktad, t.ex. när en tid avbokats.</source>
        <translation>Tillbaka till ej kontaktad, t.ex. när en tid avbokats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;usa…</source>
        <translation>Pa&amp;usa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausa kallelse</source>
        <translation>Pausa kallelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</source>
        <translation>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;äv paus</source>
        <translation>H&amp;äv paus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Häv paus</source>
        <translation>Häv paus</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Häv pausen för de markerade patienterna.</source>
        <translation>Häv pausen för de markerade patienterna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;get datum…</source>
        <translation>E&amp;get datum…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eget revisionsdatum</source>
        <translation>Eget revisionsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sätt ett eget datum för en patients revision, med orsak, eller ta bort det. Det beräknade datumet ändras inte.</source>
        <translation>Sätt ett eget datum för en patients revision, med orsak, eller ta bort det. Det beräknade datumet ändras inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K&amp;ontakthistorik…</source>
        <translation>K&amp;ontakthistorik…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontakthistorik</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla kallelser, påminnelser och ändringar för patienten.</source>
        <translation>Alla kallelser, påminnelser och ändringar för patienten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Öppna patientkortet</source>
        <translation>Öppna patientkortet</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Öppna patientkortet (Enter)</source>
        <translation>Öppna patientkortet (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna den valda patientens patientkort (Enter).</source>
        <translation>Öppna den valda patientens patientkort (Enter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som:</source>
        <translation>Markera som:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Åtgärder för markerade patienter</source>
        <translation>Åtgärder för markerade patienter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Boka tid…</source>
        <translation>Boka tid…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Skriv kallelser…</source>
        <translation>Skriv kallelser…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pausa…</source>
        <translation>Pausa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum…</source>
        <translation>Eget datum…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontakthistorik…</source>
        <translation>Kontakthistorik…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Fel: {message}</source>
        <translation>Fel: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visas: {count}</source>
        <translation>Visas: {count}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>1 markerad</source>
        <translation>1 markerad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} markerade</source>
        <translation>{count} markerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen markerad</source>
        <translation>Ingen markerad</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{who}: markerad som {status}.</source>
        <translation>{who}: markerad som {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: markerade som {status}.</source>
        <translation>{who}: markerade som {status}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{who}: kallelsen pausad till {date}.</source>
        <translation>{who}: kallelsen pausad till {date}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pausen hävd för {patients}.</source>
        <translation>Pausen hävd för {patients}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: eget datum borttaget; det beräknade datumet {date} gäller.</source>
        <translation>{name}: eget datum borttaget; det beräknade datumet {date} gäller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: eget revisionsdatum {date}.</source>
        <translation>{name}: eget revisionsdatum {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spara kallelser till {patients}</source>
        <translation>Spara kallelser till {patients}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Skriver kallelser till {patients} …</source>
        <translation>Skriver kallelser till {patients} …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sparade i {path}.</source>
        <translation>Sparade i {path}.</translation>
    </message>
</context>
<context>
    <name>RecordCopyDialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="-76"/>
        <source>&amp;Mottagare:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdgivarens &amp;namn:</source>
        <translation>Vårdgivarens &amp;namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivarens &amp;HSA-id:</source>
        <translation>Vårdgivarens &amp;HSA-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke &amp;givet av:</source>
        <translation>Samtycke &amp;givet av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdnadshavare {name}</source>
        <translation>Vårdnadshavare {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hu&amp;r:</source>
        <translation>Hu&amp;r:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datum för samtycket:</source>
        <translation>&amp;Datum för samtycket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inhämtat av:</source>
        <translation>Inhämtat av:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skä&amp;l (skyddad identitet):</source>
        <translation>Skä&amp;l (skyddad identitet):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara även som &amp;FHIR-fil (JSON) bredvid PDF:en</source>
        <translation>Spara även som &amp;FHIR-fil (JSON) bredvid PDF:en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Innehåll:</source>
        <translation>&amp;Innehåll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skapa kopia…</source>
        <translation>&amp;Skapa kopia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vårdnadshavare</source>
        <translation>vårdnadshavare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spara journalkopian</source>
        <translation>Spara journalkopian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen fil valdes. Välj var kopian ska sparas.</source>
        <translation>Ingen fil valdes. Välj var kopian ska sparas.</translation>
    </message>
</context>
<context>
    <name>ReferralSteps</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="-100"/>
        <source>Remissen är registrerad som skickad.</source>
        <translation>Remissen är registrerad som skickad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Svaret på remissen är registrerat.</source>
        <translation>Svaret på remissen är registrerat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remissen är avslutad.</source>
        <translation>Remissen är avslutad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remissen är återkallad.</source>
        <translation>Remissen är återkallad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remisser</source>
        <translation>Remisser</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location line="+102"/>
        <source>Remisser som måste skickas snart</source>
        <translation>Remisser som måste skickas snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remisser som väntar på svar</source>
        <translation>Remisser som väntar på svar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skic&amp;ka…</source>
        <translation>Skic&amp;ka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera svar…</source>
        <translation>&amp;Registrera svar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Öppna patienten</source>
        <translation>&amp;Öppna patienten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remisser som måste skickas &amp;snart (R-RV-9)</source>
        <translation>Remisser som måste skickas &amp;snart (R-RV-9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remisser som vän&amp;tar på svar</source>
        <translation>Remisser som vän&amp;tar på svar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remisser</source>
        <translation>Remisser</translation>
    </message>
</context>
<context>
    <name>RegionCopyDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-51"/>
        <source>Avidentifierad kopia till regionen – {number}</source>
        <translation>Avidentifierad kopia till regionen – {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Så här ser texten ut som lämnar kliniken. Kontrollera att inget i den kan peka ut en person.</source>
        <translation>Så här ser texten ut som lämnar kliniken. Kontrollera att inget i den kan peka ut en person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texten som skickas till regionen</source>
        <translation>Texten som skickas till regionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spara avidentifierad kopia</source>
        <translation>Spara avidentifierad kopia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sparad: {path}. Registrera under Lex Maria när kopian har skickats till regionen.</source>
        <translation>Sparad: {path}. Registrera under Lex Maria när kopian har skickats till regionen.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../klinik_app/ui/register_view.py" line="+98"/>
        <source>Sök patient</source>
        <translation>Sök patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Pil ned går till listan, Enter öppnar patientkortet.</source>
        <translation>. Pil ned går till listan, Enter öppnar patientkortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sök patient:</source>
        <translation>&amp;Sök patient:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patienter</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökresultat</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Alla patienter i namnordning ({patients}).</source>
        <translation>Alla patienter i namnordning ({patients}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registret är tomt.</source>
        <translation>Registret är tomt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sökresultat: {result}</source>
        <translation>Sökresultat: {result}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Ålder</source>
        <translation>Ålder</translation>
    </message>
</context>
<context>
    <name>ReminderPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/routines.py" line="-33"/>
        <source>När en kallelse inte har lett till en bokad tid visar kallelselistan att det är dags för en påminnelse. När alla påminnelser har skickats visas det att kliniken bör ringa familjen.</source>
        <translation>När en kallelse inte har lett till en bokad tid visar kallelselistan att det är dags för en påminnelse. När alla påminnelser har skickats visas det att kliniken bör ringa familjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Påminnelser</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse efter (&amp;dagar):</source>
        <translation>Påminnelse efter (&amp;dagar):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal p&amp;åminnelser:</source>
        <translation>Antal p&amp;åminnelser:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_dialogs.py" line="-78"/>
        <source>Rapportera avvikelse</source>
        <translation>Rapportera avvikelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beskriv händelsen utan patientens namn eller personnummer. Du får ett kvitto med avvikelsens nummer.</source>
        <translation>Beskriv händelsen utan patientens namn eller personnummer. Du får ett kvitto med avvikelsens nummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vad hände:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;När:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;ar:</source>
        <translation>V&amp;ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan par&amp;t:</source>
        <translation>Annan par&amp;t:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivare, kommun eller annan part (när avvikelsen gäller någon annan)</source>
        <translation>Vårdgivare, kommun eller annan part (när avvikelsen gäller någon annan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skada:</source>
        <translation>&amp;Skada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Omedelbar åtgärd:</source>
        <translation>&amp;Omedelbar åtgärd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patient (personnummer):</source>
        <translation>&amp;Patient (personnummer):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frivilligt; syns bara för avvikelsehandläggare</source>
        <translation>Frivilligt; syns bara för avvikelsehandläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rapportera</source>
        <translation>&amp;Rapportera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="+10"/>
        <source>Uppföljningsrapport</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF med diagram</source>
        <translation>PDF med diagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV för Excel</source>
        <translation>CSV för Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skriv rapporten…</source>
        <translation>&amp;Skriv rapporten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Från:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Till:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beställare:</source>
        <translation>&amp;Beställare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spara uppföljningsrapporten</source>
        <translation>Spara uppföljningsrapporten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
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
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Storlek</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kontroll</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hel</source>
        <translation>Hel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Säkerhetskopiorna i {folder}, den senaste först.</source>
        <translation>Säkerhetskopiorna i {folder}, den senaste först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finns inga säkerhetskopior ännu. Välj Arkiv → Säkerhetskopiera nu för att göra en.</source>
        <translation>Det finns inga säkerhetskopior ännu. Välj Arkiv → Säkerhetskopiera nu för att göra en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Återställ…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Databasen är återställd från säkerhetskopian från {when}. Klinik öppnar den nu.</source>
        <translation>Databasen är återställd från säkerhetskopian från {when}. Klinik öppnar den nu.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../klinik_app/ui/retention_dialog.py" line="+30"/>
        <location line="+56"/>
        <source>Gallring av journaler</source>
        <translation>Gallring av journaler</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Journaler vars senaste anteckning är mer än {years} år gammal och som inte är listade. Bocka i de journaler som ska tas bort. Åtkomstloggen sparas ändå.</source>
        <translation>Journaler vars senaste anteckning är mer än {years} år gammal och som inte är listade. Bocka i de journaler som ska tas bort. Åtkomstloggen sparas ändå.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>t.ex. Årlig granskning, inga pågående ärenden</source>
        <translation>t.ex. Årlig granskning, inga pågående ärenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv {word}</source>
        <translation>Skriv {word}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv {word} för att &amp;bekräfta:</source>
        <translation>Skriv {word} för att &amp;bekräfta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gallra markerade</source>
        <translation>&amp;Gallra markerade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga journaler har passerat lagringstiden.</source>
        <translation>Inga journaler har passerat lagringstiden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kvitto på gallring</source>
        <translation>Kvitto på gallring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} journaler har tagits bort {today:%Y-%m-%d}. Gallringen är registrerad med ditt namn och din kommentar, och varje borttagen journal finns kvar i åtkomstloggen.</source>
        <translation>{removed} journaler har tagits bort {today:%Y-%m-%d}. Gallringen är registrerad med ditt namn och din kommentar, och varje borttagen journal finns kvar i åtkomstloggen.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/backup.py" line="+14"/>
        <source>En journal sparas minst tio år efter den senaste anteckningen (patientdatalagen). Gallringen görs av verksamhetschefen under Arkiv → Gallring av journaler; ingenting tas bort automatiskt.</source>
        <translation>En journal sparas minst tio år efter den senaste anteckningen (patientdatalagen). Gallringen görs av verksamhetschefen under Arkiv → Gallring av journaler; ingenting tas bort automatiskt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journalernas lagringstid</source>
        <translation>Journalernas lagringstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagringstid för journaler:</source>
        <translation>&amp;Lagringstid för journaler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> år</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bara verksamhetschefen kan ändra lagringstiden.</source>
        <translation>Bara verksamhetschefen kan ändra lagringstiden.</translation>
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
        <translation>Nästa revision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Varför</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fel</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrera &amp;undersökning… (Ctrl+E)</source>
        <translation>Registrera &amp;undersökning… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera undersökning</source>
        <translation>Registrera undersökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera en revisionsundersökning eller tandhälsokontroll (Ctrl+E)</source>
        <translation>Registrera en revisionsundersökning eller tandhälsokontroll (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;get datum…</source>
        <translation>E&amp;get datum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum för nästa revision</source>
        <translation>Eget datum för nästa revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett eget datum för kallelsen, med orsak. Det beräknade datumet ändras inte.</source>
        <translation>Ett eget datum för kallelsen, med orsak. Det beräknade datumet ändras inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+128"/>
        <source>Pausa &amp;kallelse…</source>
        <translation>Pausa &amp;kallelse…</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Pausa kallelse</source>
        <translation>Pausa kallelse</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</source>
        <translation>Pausa kallelsen till ett datum, med orsak (t.ex. utlandsvistelse).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undersökningar, senaste först</source>
        <translation>Undersökningar, senaste först</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolumnrubriker</source>
        <translation>Kolumnrubriker</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nästa revision:</source>
        <translation>Nästa revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför:</source>
        <translation>Varför:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse:</source>
        <translation>Kallelse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Historik:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Varning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Revisionsuppgifterna kunde inte läsas: {error}</source>
        <translation>Revisionsuppgifterna kunde inte läsas: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Varning: {warning}</source>
        <translation>Varning: {warning}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Häv pau&amp;s…</source>
        <translation>Häv pau&amp;s…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Häv pausen</source>
        <translation>Häv pausen</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="-43"/>
        <source>, datumet har passerat</source>
        <translation>, datumet har passerat</translation>
    </message>
</context>
<context>
    <name>RuleSetPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/clinic.py" line="+13"/>
        <source>Regionens regelverk för Hälsoval tandvård: målgruppens åldrar, revisionsintervall, listning och uteblivanden räknas efter det. Byt bara när kliniken går över till en annan regions uppdrag.</source>
        <translation>Regionens regelverk för Hälsoval tandvård: målgruppens åldrar, revisionsintervall, listning och uteblivanden räknas efter det. Byt bara när kliniken går över till en annan regions uppdrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regelverk</source>
        <translation>Regelverk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regelverk:</source>
        <translation>&amp;Regelverk:</translation>
    </message>
</context>
<context>
    <name>SendReferralDialog</name>
    <message>
        <location filename="../../klinik_app/ui/referral_dialogs.py" line="+11"/>
        <source>Skicka remiss</source>
        <translation>Skicka remiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss för {patient_name} ({specialty}). Vart och när skickades den?</source>
        <translation>Remiss för {patient_name} ({specialty}). Vart och när skickades den?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mottagande klinik:</source>
        <translation>&amp;Mottagande klinik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kickad:</source>
        <translation>S&amp;kickad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrera skickad</source>
        <translation>&amp;Registrera skickad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../klinik_app/ui/session.py" line="+27"/>
        <source>{name} ({count} roller)</source>
        <translation>{name} ({count} roller)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Personal och behörigheter…</source>
        <translation>&amp;Personal och behörigheter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalens konton, roller och lösenord (administratör)</source>
        <translation>Personalens konton, roller och lösenord (administratör)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B&amp;yt lösenord…</source>
        <translation>B&amp;yt lösenord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås &amp;skärmen</source>
        <translation>Lås &amp;skärmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dölj patientuppgifterna tills du skriver ditt lösenord</source>
        <translation>Dölj patientuppgifterna tills du skriver ditt lösenord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inloggad: {user}</source>
        <translation>Inloggad: {user}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/settings_dialog.py" line="+60"/>
        <location line="+1"/>
        <location line="+105"/>
        <source>Inställningar</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Inställningssidor</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alla ändrade sidor och stäng (Enter)</source>
        <translation>Spara alla ändrade sidor och stäng (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng utan att spara (Esc)</source>
        <translation>Stäng utan att spara (Esc)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Inställningarna är sparade: {pages}.</source>
        <translation>Inställningarna är sparade: {pages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sparat: {pages}. </source>
        <translation>Sparat: {pages}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{saved}{page}: {reason}</source>
        <translation>{saved}{page}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ändringarna på {pages} är inte sparade. Vill du stänga utan att spara dem?</source>
        <translation>Ändringarna på {pages} är inte sparade. Vill du stänga utan att spara dem?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inst&amp;ällningar…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kliniken och brevhuvudet, regelverk, regionens tjänst, säkerhetskopior, påminnelser, skärmlås, planering, taxor och språk</source>
        <translation>Kliniken och brevhuvudet, regelverk, regionens tjänst, säkerhetskopior, påminnelser, skärmlås, planering, taxor och språk</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Klinik: {name}</source>
        <translation>Klinik: {name}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/base.py" line="+86"/>
        <source>Uppgifterna som sparats visas nu.</source>
        <translation>Uppgifterna som sparats visas nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingenting sparades på den här sidan. Det du skrev finns kvar.</source>
        <translation>Ingenting sparades på den här sidan. Det du skrev finns kvar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/help_dialogs.py" line="-97"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Kortkommandon</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Allt i Klinik går att göra med tangentbordet:</source>
        <translation>Allt i Klinik går att göra med tangentbordet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tangent</source>
        <translation>Tangent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gör</source>
        <translation>Gör</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kolumnrubriker</source>
        <translation>Kolumnrubriker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="-107"/>
        <source>Personal och behörigheter</source>
        <translation>Personal och behörigheter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalkonton</source>
        <translation>Personalkonton</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nytt konto…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ändra…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås &amp;upp kontot</source>
        <translation>Lås &amp;upp kontot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Häv en spärr efter för många felaktiga lösenord</source>
        <translation>Häv en spärr efter för många felaktiga lösenord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Kontot {hsa} är sparat.</source>
        <translation>Kontot {hsa} är sparat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kontot {hsa_id} är upplåst.</source>
        <translation>Kontot {hsa_id} är upplåst.</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <location filename="../../klinik_app/ui/sync_conflict.py" line="+74"/>
        <location line="+115"/>
        <source> för {patient}</source>
        <translation> för {patient}</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Konflikt: {kind}{who}</source>
        <translation>Konflikt: {kind}{who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{meaning}

Markerade rader (≠, fetstil) skiljer sig mellan klinikens och regionens version.</source>
        <translation>{meaning}

Markerade rader (≠, fetstil) skiljer sig mellan klinikens och regionens version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klinikens och regionens version, uppgift för uppgift</source>
        <translation>Klinikens och regionens version, uppgift för uppgift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uppgift</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klinikens version</source>
        <translation>Klinikens version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regionens version</source>
        <translation>Regionens version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠: uppgiften skiljer sig</source>
        <translation>≠: uppgiften skiljer sig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hämtar regionens version …</source>
        <translation>Hämtar regionens version …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skicka &amp;igen utifrån regionens version</source>
        <translation>Skicka &amp;igen utifrån regionens version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändringen skickas vid nästa synkronisering och gäller då regionens nuvarande version.</source>
        <translation>Ändringen skickas vid nästa synkronisering och gäller då regionens nuvarande version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dra tillbaka vår ändring</source>
        <translation>&amp;Dra tillbaka vår ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens version gäller; vår ändring skickas aldrig.</source>
        <translation>Regionens version gäller; vår ändring skickas aldrig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Behåll till senare</source>
        <translation>&amp;Behåll till senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingenting ändras; konflikten ligger kvar i listan.</source>
        <translation>Ingenting ändras; konflikten ligger kvar i listan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>skiljer sig</source>
        <translation>skiljer sig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lika</source>
        <translation>lika</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Regionens nuvarande version är hämtad. Välj om vår ändring ska skickas igen utifrån den, dras tillbaka eller vänta.</source>
        <translation>Regionens nuvarande version är hämtad. Välj om vår ändring ska skickas igen utifrån den, dras tillbaka eller vänta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringen kan inte skickas om utifrån regionens version (regionen visar ingen version av den för kliniken). Dra tillbaka den, eller behåll den till senare.</source>
        <translation>Ändringen kan inte skickas om utifrån regionens version (regionen visar ingen version av den för kliniken). Dra tillbaka den, eller behåll den till senare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regionens version kunde inte hämtas: {error}</source>
        <translation>Regionens version kunde inte hämtas: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skickas igen utifrån regionens version vid nästa synkronisering</source>
        <translation>skickas igen utifrån regionens version vid nästa synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>är tillbakadragen och skickas inte till regionen</source>
        <translation>är tillbakadragen och skickas inte till regionen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../klinik_app/ui/settings_pages/sync.py" line="+31"/>
        <source>Klinikens anslutning till regionens listningstjänst. Certifikatfilerna ska finnas på samma sökväg på varje arbetsstation som synkroniserar.</source>
        <translation>Klinikens anslutning till regionens listningstjänst. Certifikatfilerna ska finnas på samma sökväg på varje arbetsstation som synkroniserar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionens listningstjänst</source>
        <translation>Regionens listningstjänst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adress (&amp;https://):</source>
        <translation>Adress (&amp;https://):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klientcertifikat:</source>
        <translation>&amp;Klientcertifikat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj klientcertifikat</source>
        <translation>Välj klientcertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;yckel:</source>
        <translation>N&amp;yckel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj nyckel till klientcertifikatet</source>
        <translation>Välj nyckel till klientcertifikatet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens &amp;CA:</source>
        <translation>Regionens &amp;CA:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj regionens CA-certifikat</source>
        <translation>Välj regionens CA-certifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka a&amp;utomatiskt var:</source>
        <translation>Synka a&amp;utomatiskt var:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testa anslutningen</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fråga regionen med uppgifterna ovan (de behöver inte vara sparade).</source>
        <translation>Fråga regionen med uppgifterna ovan (de behöver inte vara sparade).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sökväg till PEM-fil</source>
        <translation>Sökväg till PEM-fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bläddra: {field}</source>
        <translation>Bläddra: {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certifikat och nycklar (*.pem *.crt *.cer *.key);;Alla filer (*)</source>
        <translation>Certifikat och nycklar (*.pem *.crt *.cer *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Automatisk synkronisering är av.</source>
        <translation>Automatisk synkronisering är av.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synkroniserar automatiskt med 1 minuts mellanrum.</source>
        <translation>Synkroniserar automatiskt med 1 minuts mellanrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synkroniserar automatiskt med {n} minuters mellanrum.</source>
        <translation>Synkroniserar automatiskt med {n} minuters mellanrum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frågar regionen …</source>
        <translation>Frågar regionen …</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../klinik_app/ui/sync_panel.py" line="+310"/>
        <source>Regionen: läget kunde inte läsas</source>
        <translation>Regionen: läget kunde inte läsas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Synkroniseringen pågår redan.</source>
        <translation>Synkroniseringen pågår redan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synkroniseringen är inte inställd: ange adressen till regionens listningstjänst under Arkiv → Synkinställningar.</source>
        <translation>Synkroniseringen är inte inställd: ange adressen till regionens listningstjänst under Arkiv → Synkinställningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regionen: synkroniserar …</source>
        <translation>Regionen: synkroniserar …</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location line="-210"/>
        <location line="+1"/>
        <source>Ändringar som behöver åtgärd</source>
        <translation>Ändringar som behöver åtgärd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ändringar som behöver åtgärd och konflikter</source>
        <translation>Ändringar som behöver åtgärd och konflikter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läge</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ändring</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vad det betyder</source>
        <translation>Vad det betyder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skicka &amp;igen</source>
        <translation>Skicka &amp;igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg tillbaka ändringen i kön; den skickas vid nästa synkronisering (rätta uppgiften först).</source>
        <translation>Lägg tillbaka ändringen i kön; den skickas vid nästa synkronisering (rätta uppgiften först).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dra tillbaka</source>
        <translation>&amp;Dra tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort ändringen ur kön: den skickas aldrig till regionen.</source>
        <translation>Ta bort ändringen ur kön: den skickas aldrig till regionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Jämför med regionen…</source>
        <translation>&amp;Jämför med regionen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa klinikens och regionens version sida vid sida och välj (konflikter).</source>
        <translation>Visa klinikens och regionens version sida vid sida och välj (konflikter).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Inga ändringar behöver åtgärd.</source>
        <translation>Inga ändringar behöver åtgärd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ändring</source>
        <translation>1 ändring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} ändringar</source>
        <translation>{count} ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> har inte tagits emot av regionen. Rätta uppgiften och välj Skicka igen, eller Dra tillbaka om ändringen inte ska skickas.</source>
        <translation> har inte tagits emot av regionen. Rätta uppgiften och välj Skicka igen, eller Dra tillbaka om ändringen inte ska skickas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>läggs tillbaka i kön och skickas vid nästa synkronisering</source>
        <translation>läggs tillbaka i kön och skickas vid nästa synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>är tillbakadragen och skickas inte till regionen</source>
        <translation>är tillbakadragen och skickas inte till regionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> för {patient}</source>
        <translation> för {patient}</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location line="-169"/>
        <source>Synkroniseringen med regionens listningssystem. Klicka för ändringar som behöver åtgärd.</source>
        <translation>Synkroniseringen med regionens listningssystem. Klicka för ändringar som behöver åtgärd.</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="+58"/>
        <source>Visa alla &amp;rollers uppgifter</source>
        <translation>Visa alla &amp;rollers uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppna uppgifter</source>
        <translation>Öppna uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uppgiften</source>
        <translation>Uppgiften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv ut &amp;brevet…</source>
        <translation>Skriv ut &amp;brevet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markera brevet skickat…</source>
        <translation>&amp;Markera brevet skickat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluta om &amp;orosanmälan…</source>
        <translation>Besluta om &amp;orosanmälan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa &amp;journalkopia…</source>
        <translation>Skapa &amp;journalkopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke &amp;gavs inte…</source>
        <translation>Samtycke &amp;gavs inte…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uteblivande&amp;statistik…</source>
        <translation>Uteblivande&amp;statistik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erbjud ny tid</source>
        <translation>Erbjud ny tid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Uppgifter</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erbjud ny tid (uteblivna patienter utan ny tid, R-AB-2)</source>
        <translation>&amp;Erbjud ny tid (uteblivna patienter utan ny tid, R-AB-2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Inga öppna uppgifter.</source>
        <translation>Inga öppna uppgifter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spara brevet om uteblivna besök</source>
        <translation>Spara brevet om uteblivna besök</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brevet är sparat: {path}. Markera brevet skickat när det har gått iväg.</source>
        <translation>Brevet är sparat: {path}. Markera brevet skickat när det har gått iväg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} brev är sparade: {path}. Markera brevet skickat när det har gått iväg.</source>
        <translation>{count} brev är sparade: {path}. Markera brevet skickat när det har gått iväg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Uppgiften är avslutad.</source>
        <translation>Uppgiften är avslutad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bedömning: barn som far illa</source>
        <translation>Bedömning: barn som far illa</translation>
    </message>
</context>
<context>
    <name>TreatmentsDialog</name>
    <message>
        <location filename="../../klinik_app/ui/treatments_dialog.py" line="+46"/>
        <source>Behandlingar vid </source>
        <translation>Behandlingar vid </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>akutbesöket</source>
        <translation>akutbesöket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>besöket</source>
        <translation>besöket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrerade behandlingar</source>
        <translation>Registrerade behandlingar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv koden eller början på namnet</source>
        <translation>Skriv koden eller början på namnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} – {name} ({price} kr)</source>
        <translation>{code} – {name} ({price} kr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – {code} ({price} kr)</source>
        <translation>{name} – {code} ({price} kr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FDI, t.ex. 36 (tomt om ingen tand)</source>
        <translation>FDI, t.ex. 36 (tomt om ingen tand)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lägg till</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Ta bort markerad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärds&amp;kod:</source>
        <translation>Åtgärds&amp;kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;and:</source>
        <translation>T&amp;and:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlare:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priser enligt {name}.</source>
        <translation>Priser enligt {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: {price} kr</source>
        <translation>{name}: {price} kr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tandnumret ska vara siffror enligt FDI, till exempel 36.</source>
        <translation>Tandnumret ska vara siffror enligt FDI, till exempel 36.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../klinik_app/ui/trend_chart.py" line="+84"/>
        <source>Utveckling per månad</source>
        <translation>Utveckling per månad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{month}: inget att mäta</source>
        <translation>{month}: inget att mäta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} till {last}. {latest}. Lägst {lowest}, högst {highest}.</source>
        <translation>{first} till {last}. {latest}. Lägst {lowest}, högst {highest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Mål {target}.</source>
        <translation> Mål {target}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mål {target}</source>
        <translation>Mål {target}</translation>
    </message>
</context>
<context>
    <name>UnconfirmedPanel</name>
    <message>
        <location filename="../../klinik_app/ui/unconfirmed_panel.py" line="+28"/>
        <source>Att bekräfta</source>
        <translation>Att bekräfta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dagar</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Be&amp;kräfta …</source>
        <translation>Be&amp;kräfta …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tider f&amp;ramåt:</source>
        <translation>Tider f&amp;ramåt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obekräftade tider</source>
        <translation>Obekräftade tider</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inga obekräftade tider de närmaste {days} dagarna.</source>
        <translation>Inga obekräftade tider de närmaste {days} dagarna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tid är bara föreslagen de närmaste {days} dagarna: ring och bekräfta den, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</source>
        <translation>1 tid är bara föreslagen de närmaste {days} dagarna: ring och bekräfta den, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} tider är bara föreslagna de närmaste {days} dagarna: ring och bekräfta dem, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</source>
        <translation>{count} tider är bara föreslagna de närmaste {days} dagarna: ring och bekräfta dem, eller boka om. En tid som inte är bekräftad ger ingen avgift om patienten uteblir (R-AB-3).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: tiden är bekräftad.</source>
        <translation>{name}: tiden är bekräftad.</translation>
    </message>
</context>
<context>
    <name>UnmarkedDialog</name>
    <message>
        <location filename="../../klinik_app/ui/unmarked_times.py" line="+85"/>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 tid att markera.</source>
        <translation>1 tid att markera.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} tider att markera.</source>
        <translation>{n} tider att markera.</translation>
    </message>
</context>
<context>
    <name>UserTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-80"/>
        <source>Användarens poster i åtkomstloggen</source>
        <translation>Användarens poster i åtkomstloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nvändare:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läser användarna i loggen …</source>
        <translation>Läser användarna i loggen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visa poster</source>
        <translation>&amp;Visa poster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa användarens poster under perioden</source>
        <translation>Visa användarens poster under perioden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj en användare</source>
        <translation>Välj en användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loggen har inga poster</source>
        <translation>Loggen har inga poster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– välj först en användare</source>
        <translation>– välj först en användare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>av {who} ({period})</source>
        <translation>av {who} ({period})</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="+31"/>
        <source>Patientsäkerhetsberättelse</source>
        <translation>Patientsäkerhetsberättelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berättelsen för ett år skrivs ur avvikelseregistret och ska vara klar senast 1 mars.</source>
        <translation>Berättelsen för ett år skrivs ur avvikelseregistret och ska vara klar senast 1 mars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
</context>
<context>
    <name>_EntriesTab</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-171"/>
        <source>Inga poster {what}.</source>
        <translation>Inga poster {what}.</translation>
    </message>
</context>
<context>
    <name>_Value</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="-210"/>
        <source>saknas</source>
        <translation>saknas</translation>
    </message>
</context>
<context>
    <name>absence_stats_view</name>
    <message>
        <location filename="../../klinik_app/ui/absence_stats_view.py" line="-54"/>
        <source>Period eller grupp</source>
        <translation>Period eller grupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskomna tider</source>
        <translation>Överenskomna tider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden</source>
        <translation>Uteblivanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sena avbokningar</source>
        <translation>Sena avbokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgifter (kr)</source>
        <translation>Avgifter (kr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nya tider i tid</source>
        <translation>Nya tider i tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden räknas enligt R-AB-6: överenskommen tid, listad patient, inte akut. Ålder = den ålder patienten fyller under året. Nya tider i tid: ny tid bokad före tidsgränsen (R-AB-2).</source>
        <translation>Uteblivanden räknas enligt R-AB-6: överenskommen tid, listad patient, inte akut. Ålder = den ålder patienten fyller under året. Nya tider i tid: ny tid bokad före tidsgränsen (R-AB-2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{reoffered} av {reoffer_due} ({share})</source>
        <translation>{reoffered} av {reoffer_due} ({share})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hela perioden</source>
        <translation>Hela perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder {ages}</source>
        <translation>Ålder {ages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ: {kind}</source>
        <translation>Typ: {kind}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../klinik_app/ui/app.py" line="+65"/>
        <source>okända argument: </source>
        <translation>okända argument: </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Klinik kunde inte starta: {message}. Kör &apos;klinik --help&apos; för att se vad som går att ange.</source>
        <translation>Klinik kunde inte starta: {message}. Kör &apos;klinik --help&apos; för att se vad som går att ange.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Klinik har redan databasen {path} öppen. Byt till det fönstret.</source>
        <translation>Klinik har redan databasen {path} öppen. Byt till det fönstret.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Databasen kunde inte öppnas.

{message}

({database})</source>
        <translation>Databasen kunde inte öppnas.

{message}

({database})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Databasen kunde inte läsas.

{error}

({database})</source>
        <translation>Databasen kunde inte läsas.

{error}

({database})</translation>
    </message>
</context>
<context>
    <name>appointment_actions</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_actions.py" line="-67"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisionen är genomförd. Registrera undersökningen nu?</source>
        <translation>Revisionen är genomförd. Registrera undersökningen nu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skicka skriftlig information till patienten (R-AB-4)</source>
        <translation>skicka skriftlig information till patienten (R-AB-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tandläkarens bedömning av barnets uteblivanden (R-AB-5)</source>
        <translation>tandläkarens bedömning av barnets uteblivanden (R-AB-5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uteblivandeavgift {fee} kr tas ut: {reason}</source>
        <translation>Uteblivandeavgift {fee} kr tas ut: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen uteblivandeavgift: {reason}</source>
        <translation>Ingen uteblivandeavgift: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen uteblivandeavgift tas ut.</source>
        <translation>Ingen uteblivandeavgift tas ut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny tid ska erbjudas senast {reoffer_by} (R-AB-2).</source>
        <translation>Ny tid ska erbjudas senast {reoffer_by} (R-AB-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny uppgift på Att göra: {task}.</source>
        <translation>Ny uppgift på Att göra: {task}.</translation>
    </message>
</context>
<context>
    <name>appointment_book</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_book.py" line="-515"/>
        <source>Alla behandlare</source>
        <translation>Alla behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen behandlare</source>
        <translation>Ingen behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget rum</source>
        <translation>Inget rum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen behandlare att visa. Lägg upp personal med vårdroll (Arkiv → Personal) eller välj Per rum.</source>
        <translation>Ingen behandlare att visa. Lägg upp personal med vårdroll (Arkiv → Personal) eller välj Per rum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj en tid med piltangenterna.</source>
        <translation>Välj en tid med piltangenterna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piltangenter: flytta · PgUp/PgDn: föregående/nästa dag (vecka i veckovyn) · Ctrl+T: i dag · Enter: öppna · Insert: ny tid · G: genomförd · U: uteblev · B: bekräfta överenskommelse · T: behandlingar · Delete: avboka · Shift+F10: meny</source>
        <translation>Piltangenter: flytta · PgUp/PgDn: föregående/nästa dag (vecka i veckovyn) · Ctrl+T: i dag · Enter: öppna · Insert: ny tid · G: genomförd · U: uteblev · B: bekräfta överenskommelse · T: behandlingar · Delete: avboka · Shift+F10: meny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bokad, överenskommen</source>
        <translation>Bokad, överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokad, endast föreslagen (streckad ram)</source>
        <translation>Bokad, endast föreslagen (streckad ram)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblev</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vecka {week}, {first} – {last}</source>
        <translation>Vecka {week}, {first} – {last}</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>Tidbok</source>
        <translation>Tidbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tidbok</source>
        <translation>&amp;Tidbok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidboken per dag eller vecka: boka, flytta, avboka och markera utfall</source>
        <translation>Tidboken per dag eller vecka: boka, flytta, avboka och markera utfall</translation>
    </message>
</context>
<context>
    <name>appointment_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_dialogs.py" line="-126"/>
        <source>Ingen – endast föreslagen</source>
        <translation>Ingen – endast föreslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen vald</source>
        <translation>Ingen vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget rum</source>
        <translation>Inget rum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Patienten</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdnadshavare {name}</source>
        <translation>Vårdnadshavare {name}</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Tid:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingenting sparades. Det du valt finns kvar.</source>
        <translation>Ingenting sparades. Det du valt finns kvar.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Kliniken avbokar: räknas inte som patientens avbokning.</source>
        <translation>Kliniken avbokar: räknas inte som patientens avbokning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas som uteblivande och kan ge avgift om tiden var överenskommen.</source>
        <translation>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas som uteblivande och kan ge avgift om tiden var överenskommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas inte som uteblivande enligt regelverket.</source>
        <translation>Sen avbokning: mindre än {hours} timmar före tiden. Den räknas inte som uteblivande enligt regelverket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I god tid (minst {hours} timmar före tiden): ingen avgift.</source>
        <translation>I god tid (minst {hours} timmar före tiden): ingen avgift.</translation>
    </message>
</context>
<context>
    <name>appointment_grid</name>
    <message>
        <location filename="../../klinik_app/ui/appointment_grid.py" line="-173"/>
        <source>Endast föreslagen</source>
        <translation>Endast föreslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mån</source>
        <translation>mån</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tis</source>
        <translation>tis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ons</source>
        <translation>ons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tor</source>
        <translation>tor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fre</source>
        <translation>fre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lör</source>
        <translation>lör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sön</source>
        <translation>sön</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{status} (föreslagen)</source>
        <translation>{status} (föreslagen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tolk: {language}</source>
        <translation>Tolk: {language}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anteckning: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+83"/>
        <source>{day}, i dag</source>
        <translation>{day}, i dag</translation>
    </message>
</context>
<context>
    <name>archive_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/archive_dialogs.py" line="+22"/>
        <source>Klinikarkiv</source>
        <translation>Klinikarkiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj var klinikarkivet ska sparas</source>
        <translation>Välj var klinikarkivet ska sparas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> Förvara arkivet lika säkert som journalerna.</source>
        <translation> Förvara arkivet lika säkert som journalerna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporterar klinikarkivet …</source>
        <translation>Exporterar klinikarkivet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj klinikarkivets mapp (den med manifest.json)</source>
        <translation>Välj klinikarkivets mapp (den med manifest.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny databasfil för klinikarkivet</source>
        <translation>Ny databasfil för klinikarkivet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klinikdatabas (*.sqlite)</source>
        <translation>Klinikdatabas (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{target} finns redan. Ett klinikarkiv läses bara in i en ny databasfil; välj ett namn som inte används.</source>
        <translation>{target} finns redan. Ett klinikarkiv läses bara in i en ny databasfil; välj ett namn som inte används.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{result} Den nya databasen är {target}. Öppna den genom att starta Klinik med: klinik --db &quot;{target}&quot;</source>
        <translation>{result} Den nya databasen är {target}. Öppna den genom att starta Klinik med: klinik --db &quot;{target}&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Läser in klinikarkivet …</source>
        <translation>Läser in klinikarkivet …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Exportera klinikarkiv…</source>
        <translation>&amp;Exportera klinikarkiv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hela databasen i öppna format (tabeller, CSV, FHIR) med kontrollsummor</source>
        <translation>Hela databasen i öppna format (tabeller, CSV, FHIR) med kontrollsummor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Importera klinikarkiv…</source>
        <translation>&amp;Importera klinikarkiv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läs in ett klinikarkiv i en ny, tom databasfil</source>
        <translation>Läs in ett klinikarkiv i en ny, tom databasfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gallring av journaler…</source>
        <translation>&amp;Gallring av journaler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journaler som passerat lagringstiden: granska och bekräfta (R-SE-3)</source>
        <translation>Journaler som passerat lagringstiden: granska och bekräfta (R-SE-3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Gallring av journaler… (granskningen för {due} ska göras)</source>
        <translation>&amp;Gallring av journaler… (granskningen för {due} ska göras)</translation>
    </message>
</context>
<context>
    <name>area_clinics_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/area_clinics_dialog.py" line="-39"/>
        <source>Kommunkod</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer börjar på</source>
        <translation>Postnummer börjar på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinik</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSA-id</source>
        <translation>HSA-id</translation>
    </message>
</context>
<context>
    <name>audit_review</name>
    <message>
        <location filename="../../klinik_app/ui/audit_review.py" line="-162"/>
        <source>Loggkontroll</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 post</source>
        <translation>1 post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} poster</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sara Berg (SE2321000222-T0001), Tandläkare</source>
        <translation>Sara Berg (SE2321000222-T0001), Tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läste uppgifter: kallelse till revision</source>
        <translation>Läste uppgifter: kallelse till revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förnamn Efternamn, 20150310-2343</source>
        <translation>Förnamn Efternamn, 20150310-2343</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>hela tiden</source>
        <translation>hela tiden</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/backup_dialogs.py" line="-154"/>
        <source>Återställ från säkerhetskopia</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Säkerhetskopian är gjord och kontrollerad:
{path}</source>
        <translation>Säkerhetskopian är gjord och kontrollerad:
{path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Den automatiska säkerhetskopian kunde inte göras. Databasen är oförändrad.

{message}</source>
        <translation>Den automatiska säkerhetskopian kunde inte göras. Databasen är oförändrad.

{message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen ersätts med säkerhetskopian från {when} ({label_text}). Allt som har sparats efter {when} går förlorat: nya och ändrade patienter, listningar, undersökningar och kallelser. Den nuvarande databasen sparas först som en egen säkerhetskopia.</source>
        <translation>Databasen ersätts med säkerhetskopian från {when} ({label_text}). Allt som har sparats efter {when} går förlorat: nya och ändrade patienter, listningar, undersökningar och kallelser. Den nuvarande databasen sparas först som en egen säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{intro}{loss}

Vill du återställa?</source>
        <translation>{intro}{loss}

Vill du återställa?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Databasfilen {path} är skadad och kan inte öppnas.

</source>
        <translation>Databasfilen {path} är skadad och kan inte öppnas.

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Databasen är återställd från säkerhetskopian från {when}. Klinik startar nu.</source>
        <translation>Databasen är återställd från säkerhetskopian från {when}. Klinik startar nu.</translation>
    </message>
</context>
<context>
    <name>capacity_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/capacity_dialog.py" line="-226"/>
        <source>Ledighet eller frånvaro</source>
        <translation>Ledighet eller frånvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra arbetsdag</source>
        <translation>Extra arbetsdag</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{kind} {days}, {start}–{end}, {percent} % revisioner</source>
        <translation>{kind} {days}, {start}–{end}, {percent} % revisioner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{day}, börjar</source>
        <translation>{day}, börjar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, slutar</source>
        <translation>{day}, slutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, andel revisioner</source>
        <translation>{day}, andel revisioner</translation>
    </message>
</context>
<context>
    <name>changed_elsewhere</name>
    <message>
        <location filename="../../klinik_app/ui/changed_elsewhere.py" line="-92"/>
        <source>Ändrat på en annan arbetsstation</source>
        <translation>Ändrat på en annan arbetsstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behåll det sparade</source>
        <translation>&amp;Behåll det sparade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;mitt ändå</source>
        <translation>Spara &amp;mitt ändå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditt värde</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skiljer sig</source>
        <translation>skiljer sig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Din ändring sparades inte: det som sparats på den andra arbetsstationen gäller.</source>
        <translation>Din ändring sparades inte: det som sparats på den andra arbetsstationen gäller.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>av {by}</source>
        <translation>av {by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sparat nu{who}{when}</source>
        <translation>Sparat nu{who}{when}</translation>
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
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socialkontor</source>
        <translation>Socialkontor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/accounts.py" line="+84"/>
        <source>Lås skärmen efter (minuter)</source>
        <translation>Lås skärmen efter (minuter)</translation>
    </message>
    <message>
        <location line="+175"/>
        <location filename="../../klinik_app/services/orderers.py" line="+36"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yrkesroll</source>
        <translation>Yrkesroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontot är aktivt</source>
        <translation>Kontot är aktivt</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/appointments.py" line="-2"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Längd (minuter)</source>
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vårdgivare</source>
        <translation>Vårdgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rum</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/listing_stop.py" line="+90"/>
        <location filename="../../klinik_app/services/orderers.py" line="+3"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/area_clinics.py" line="+26"/>
        <source>Klinik</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/orderers.py" line="-2"/>
        <source>HSA-id</source>
        <translation>HSA-id</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/backup.py" line="+56"/>
        <source>Mapp för säkerhetskopior</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara kopior (dagar)</source>
        <translation>Spara kopior (dagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara alltid de senaste (antal)</source>
        <translation>Spara alltid de senaste (antal)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/clinic.py" line="+43"/>
        <source>Gatuadress</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postort</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikens namn</source>
        <translation>Klinikens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelverk</source>
        <translation>Regelverk</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing.py" line="+1"/>
        <source>Slutdatum</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/recall.py" line="+3"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_stop.py" line="-2"/>
        <source>Från och med</source>
        <translation>Från och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till och med</source>
        <translation>Gäller till och med</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/orderers.py" line="+1"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Målvärde</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nära-marginal</source>
        <translation>Nära-marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../klinik_app/services/treatments.py" line="+232"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patients.py" line="+362"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk behövs</source>
        <translation>Tolk behövs</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall.py" line="-112"/>
        <source>Påminnelse efter (dagar)</source>
        <translation>Påminnelse efter (dagar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal påminnelser</source>
        <translation>Antal påminnelser</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Eget datum</source>
        <translation>Eget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausad till</source>
        <translation>Pausad till</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/referrals.py" line="+1"/>
        <source>Mottagare</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar mottaget</source>
        <translation>Svar mottaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/retention.py" line="+56"/>
        <source>Lagringstid för journaler (år)</source>
        <translation>Lagringstid för journaler (år)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/sync.py" line="+397"/>
        <source>Adress till listningstjänsten</source>
        <translation>Adress till listningstjänsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientcertifikat</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nyckel</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens CA</source>
        <translation>Regionens CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka automatiskt var (minuter)</source>
        <translation>Synka automatiskt var (minuter)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/treatments.py" line="+1"/>
        <source>Tand</source>
        <translation>Tand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagen</source>
        <translation>Borttagen</translation>
    </message>
</context>
<context>
    <name>child_at_risk_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/child_at_risk_dialog.py" line="-48"/>
        <source>inga registrerade</source>
        <translation>inga registrerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblivna överenskomna tider: {times}</source>
        <translation>Uteblivna överenskomna tider: {times}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ålder vid senaste uteblivandet: {age_at_latest} år</source>
        <translation>Ålder vid senaste uteblivandet: {age_at_latest} år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppnad {opened_on}</source>
        <translation>Öppnad {opened_on}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, senast {due_on}</source>
        <translation>, senast {due_on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut: {decision}</source>
        <translation>Beslut: {decision}</translation>
    </message>
</context>
<context>
    <name>dashboard_model</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_model.py" line="-184"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Värde</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlag</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 månader</source>
        <translation>24 månader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inget mål</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läses in …</source>
        <translation>Läses in …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>medel av {count} månadsskiften</source>
        <translation>medel av {count} månadsskiften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} undersökta</source>
        <translation>{count} undersökta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} besvarade</source>
        <translation>{count} besvarade</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{numerator} av {denominator}</source>
        <translation>{numerator} av {denominator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vid ett månadsskifte</source>
        <translation>vid ett månadsskifte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n = {denominator}</source>
        <translation>n = {denominator}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Täljare</source>
        <translation>Täljare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nämnare</source>
        <translation>Nämnare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undantag</source>
        <translation>Undantag</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <location filename="../../klinik_app/ui/dashboard_view.py" line="-87"/>
        <source>Beräknar indikatorerna …</source>
        <translation>Beräknar indikatorerna …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikatorerna kunde inte beräknas just nu. Försök igen med Uppdatera.</source>
        <translation>Indikatorerna kunde inte beräknas just nu. Försök igen med Uppdatera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen beställare inlagd: målen visas när beställare och mål finns.</source>
        <translation>Ingen beställare inlagd: målen visas när beställare och mål finns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga enskilda patienter ligger bakom den här siffran.</source>
        <translation>Inga enskilda patienter ligger bakom den här siffran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siffran räknar avvikelser, inte enskilda patienter: det finns ingen patientlista bakom den.</source>
        <translation>Siffran räknar avvikelser, inte enskilda patienter: det finns ingen patientlista bakom den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uppgift</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year} (till och med {day})</source>
        <translation>{year} (till och med {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Senaste 12 månaderna</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{patients}. Enter öppnar patientkortet.</source>
        <translation>{patients}. Enter öppnar patientkortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patienter</translation>
    </message>
    <message>
        <location line="+378"/>
        <source>Uppföljning</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppföljning</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indikatorerna mot beställarens mål, trender och patienterna bakom siffrorna</source>
        <translation>Indikatorerna mot beställarens mål, trender och patienterna bakom siffrorna</translation>
    </message>
</context>
<context>
    <name>deviations_view</name>
    <message>
        <location filename="../../klinik_app/ui/deviations_view.py" line="-471"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporterad</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skada</source>
        <translation>Skada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vad hände</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Annan part</source>
        <translation>Annan part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar senast</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alla</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad: svaret till den andra parten eller en åtgärd har passerat sitt datum.</source>
        <translation>Försenad: svaret till den andra parten eller en åtgärd har passerat sitt datum.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Kategori: {category}</source>
        <translation>Kategori: {category}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skada: {harm}</source>
        <translation>Skada: {harm}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inträffade {occurred_on} i/vid {place}; rapporterad {reported_on} av {reporter}</source>
        <translation>Inträffade {occurred_on} i/vid {place}; rapporterad {reported_on} av {reporter}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vad hände: {what}</source>
        <translation>Vad hände: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Omedelbar åtgärd: {immediate_action}</source>
        <translation>Omedelbar åtgärd: {immediate_action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient: {patient}</source>
        <translation>Patient: {patient}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utredare: {investigator}</source>
        <translation>Utredare: {investigator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> – uppföljd: {outcome}</source>
        <translation> – uppföljd: {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – FÖRSENAD</source>
        <translation> – FÖRSENAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd {n}: {description} ({owner}, senast {due_on}){done}</source>
        <translation>Åtgärd {n}: {description} ({owner}, senast {due_on}){done}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Svar senast {answer_due}</source>
        <translation>Svar senast {answer_due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – SVAR SAKNAS</source>
        <translation> – SVAR SAKNAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lärdom: {lesson}</source>
        <translation>Lärdom: {lesson}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelser:</source>
        <translation>Händelser:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anmäld till IVO {sent_on} ({channel})</source>
        <translation>anmäld till IVO {sent_on} ({channel})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inte anmäld till IVO än</source>
        <translation>inte anmäld till IVO än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; kvar: </source>
        <translation>; kvar: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; klar</source>
        <translation>; klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lex Maria: {sent}, anmälningsansvarig {reporter}{left}.</source>
        <translation>Lex Maria: {sent}, anmälningsansvarig {reporter}{left}.</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>Avvikelser</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avvikelser</source>
        <translation>&amp;Avvikelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvikelseregistret: rapportera, utred och följ upp avvikelser</source>
        <translation>Avvikelseregistret: rapportera, utred och följ upp avvikelser</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../klinik_app/ui/documents.py" line="-94"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../klinik_app/ui/domain_texts.py" line="+65"/>
        <source>Eget val</source>
        <translation>Eget val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icke-val</source>
        <translation>Icke-val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerad</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutad</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrerad</source>
        <translation>Felregistrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>På plats</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-tjänst</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omval till annan klinik</source>
        <translation>Omval till annan klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget val av samma klinik</source>
        <translation>Eget val av samma klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utflyttad från länet</source>
        <translation>Utflyttad från länet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avliden</source>
        <translation>Avliden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åldersgräns (året patienten fyller 23 har passerat)</source>
        <translation>Åldersgräns (året patienten fyller 23 har passerat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omflyttad inom länet (icke-val)</source>
        <translation>Omflyttad inom länet (icke-val)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Felregistrering</source>
        <translation>Felregistrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IVO:s e-tjänst</source>
        <translation>IVO:s e-tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säker e-post</source>
        <translation>Säker e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>karies</source>
        <translation>karies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parodontit</source>
        <translation>parodontit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allmän</source>
        <translation>allmän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teknisk</source>
        <translation>teknisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsklinik</source>
        <translation>Listningsklinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områdesansvarig klinik</source>
        <translation>Områdesansvarig klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare okänd</source>
        <translation>Betalare okänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor i länet</source>
        <translation>Bor i länet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folkbokförd i länet, vistas tillfälligt utanför</source>
        <translation>Folkbokförd i länet, vistas tillfälligt utanför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor i ett annat län, vistas här</source>
        <translation>Bor i ett annat län, vistas här</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppfyllt</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nära</source>
        <translation>Nära</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej uppfyllt</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade patienter, val</source>
        <translation>Listade patienter, val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listade patienter, icke-val</source>
        <translation>Listade patienter, icke-val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andel undersökta inom sitt intervall</source>
        <translation>Andel undersökta inom sitt intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenade revisioner</source>
        <translation>Försenade revisioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner försenade mer än 90 dagar</source>
        <translation>Revisioner försenade mer än 90 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första undersökning året patienten fyller 3</source>
        <translation>Första undersökning året patienten fyller 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivandefrekvens</source>
        <translation>Uteblivandefrekvens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivandeavgifter</source>
        <translation>Uteblivandeavgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny tid erbjuden i tid efter uteblivande</source>
        <translation>Ny tid erbjuden i tid efter uteblivande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelser</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar till svar på mottagna avvikelser</source>
        <translation>Dagar till svar på mottagna avvikelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft hos 3-åringar</source>
        <translation>deft hos 3-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft hos 6-åringar</source>
        <translation>deft hos 6-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DFT hos 12-åringar</source>
        <translation>DFT hos 12-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DFT hos 19-åringar</source>
        <translation>DFT hos 19-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 3-åringar</source>
        <translation>Kariesfria 3-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 6-åringar</source>
        <translation>Kariesfria 6-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 12-åringar</source>
        <translation>Kariesfria 12-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kariesfria 19-åringar</source>
        <translation>Kariesfria 19-åringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar med listningsstopp</source>
        <translation>Dagar med listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av antalet listade patienter med listningstyp val (eget val, R-LI-1) vid varje månadsskifte i perioden.</source>
        <translation>Summan av antalet listade patienter med listningstyp val (eget val, R-LI-1) vid varje månadsskifte i perioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av antalet listade patienter med listningstyp icke-val (tilldelade, R-LI-2) vid varje månadsskifte i perioden.</source>
        <translation>Summan av antalet listade patienter med listningstyp icke-val (tilldelade, R-LI-2) vid varje månadsskifte i perioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De patienter i nämnaren vars revision inte är försenad på mätdagen: förfallodatum på mätdagen eller senare.</source>
        <translation>De patienter i nämnaren vars revision inte är försenad på mätdagen: förfallodatum på mätdagen eller senare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De patienter i nämnaren som undersökts av tandläkare (R-RV-4) någon gång t.o.m. mätdagen.</source>
        <translation>De patienter i nämnaren som undersökts av tandläkare (R-RV-4) någon gång t.o.m. mätdagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal uteblivanden som räknas (R-AB-6: avtalad tid, inte akut, listad den dagen; sen avbokning bara om regelverket säger det).</source>
        <translation>Antal uteblivanden som räknas (R-AB-6: avtalad tid, inte akut, listad den dagen; sen avbokning bara om regelverket säger det).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal uteblivanden som debiterats avgift (R-AB-3). Delvärde: summa i kronor.</source>
        <translation>Antal uteblivanden som debiterats avgift (R-AB-3). Delvärde: summa i kronor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De uteblivanden i nämnaren där en ny, icke akut tid bokades senast sista dagen enligt R-AB-2.</source>
        <translation>De uteblivanden i nämnaren där en ny, icke akut tid bokades senast sista dagen enligt R-AB-2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal avvikelser rapporterade i perioden. Delvärden per kategori och per skadegrad.</source>
        <translation>Antal avvikelser rapporterade i perioden. Delvärden per kategori och per skadegrad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av antalet dagar från rapportdag till svarsdag för mottagna avvikelser (från annan vårdgivare, R-DV-2) som besvarats i perioden.</source>
        <translation>Summan av antalet dagar från rapportdag till svarsdag för mottagna avvikelser (från annan vårdgivare, R-DV-2) som besvarats i perioden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summan av deft hos de undersökta 3-åringarna.</source>
        <translation>Summan av deft hos de undersökta 3-åringarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av deft hos de undersökta 6-åringarna.</source>
        <translation>Summan av deft hos de undersökta 6-åringarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av DFT hos de undersökta 12-åringarna.</source>
        <translation>Summan av DFT hos de undersökta 12-åringarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summan av DFT hos de undersökta 19-åringarna.</source>
        <translation>Summan av DFT hos de undersökta 19-åringarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 3-åringar med deft = 0.</source>
        <translation>Antal undersökta 3-åringar med deft = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 6-åringar med deft = 0.</source>
        <translation>Antal undersökta 6-åringar med deft = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 12-åringar med DFT = 0.</source>
        <translation>Antal undersökta 12-åringar med DFT = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 19-åringar med DFT = 0.</source>
        <translation>Antal undersökta 19-åringar med DFT = 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal dagar i perioden då ett listningsstopp (R-LI-5) gällde; ett pågående stopp räknas t.o.m. mätdagen.</source>
        <translation>Antal dagar i perioden då ett listningsstopp (R-LI-5) gällde; ett pågående stopp räknas t.o.m. mätdagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antalet månadsskiften i perioden (värdet är alltså ett månadsmedel).</source>
        <translation>Antalet månadsskiften i perioden (värdet är alltså ett månadsmedel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen (ett antal). Delvärden per skäl till förfallodatumet.</source>
        <translation>Ingen (ett antal). Delvärden per skäl till förfallodatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen (ett antal).</source>
        <translation>Ingen (ett antal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Antal avtalade, icke akuta tider med utfall (kom, uteblev, sen avbokning).</source>
        <translation>Antal avtalade, icke akuta tider med utfall (kom, uteblev, sen avbokning).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblivanden i perioden vars sista dag för ny tid har passerat, eller som redan fått ny tid i tid.</source>
        <translation>Uteblivanden i perioden vars sista dag för ny tid har passerat, eller som redan fått ny tid i tid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal mottagna avvikelser som besvarats i perioden.</source>
        <translation>Antal mottagna avvikelser som besvarats i perioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 3-åringar med registrerat deft.</source>
        <translation>Antal undersökta 3-åringar med registrerat deft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 6-åringar med registrerat deft.</source>
        <translation>Antal undersökta 6-åringar med registrerat deft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 12-åringar med registrerat DFT.</source>
        <translation>Antal undersökta 12-åringar med registrerat DFT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal undersökta 19-åringar med registrerat DFT.</source>
        <translation>Antal undersökta 19-åringar med registrerat DFT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen (ett antal dagar).</source>
        <translation>Ingen (ett antal dagar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Månadsskiften i perioden: varje månads sista dag som ligger i perioden. Tagna månader läses ur månadsögonblicksbilden (R-LI-8) och ändras aldrig; månader som ännu inte tagits beräknas ur dagens listningar och är preliminära. Värdet per månad visas som delvärden.</source>
        <translation>Månadsskiften i perioden: varje månads sista dag som ligger i perioden. Tagna månader läses ur månadsögonblicksbilden (R-LI-8) och ändras aldrig; månader som ännu inte tagits beräknas ur dagens listningar och är preliminära. Värdet per månad visas som delvärden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad.</source>
        <translation>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. För ett helt år är det årets treåringar; för en del av ett år läget hittills under året.</source>
        <translation>Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. För ett helt år är det årets treåringar; för en del av ett år läget hittills under året.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kalendermånaderna från periodens första till dess sista månad, efter tidens startdag (svensk tid).</source>
        <translation>Kalendermånaderna från periodens första till dess sista månad, efter tidens startdag (svensk tid).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapportdagen ligger i perioden.</source>
        <translation>Rapportdagen ligger i perioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svarsdagen (svaret levererat) ligger i perioden.</source>
        <translation>Svarsdagen (svaret levererat) ligger i perioden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökningar av tandläkare eller tandhygienist (R-RV-5; tandhälsokontroll av tandsköterska räknas inte) gjorda i perioden, där värdet är registrerat; för en patient som undersökts flera gånger räknas den senaste i perioden. Ålder = det år patienten fyller under undersökningsåret (undersökningsårets årtal minus födelseåret), som målgruppen räknar ålder (R-TG-1). En avslutad kalendermånad läses ur månadens tandhälsobild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. Andra perioder, som året hittills, beräknas ur undersökningarna som de är registrerade nu.</source>
        <translation>Undersökningar av tandläkare eller tandhygienist (R-RV-5; tandhälsokontroll av tandsköterska räknas inte) gjorda i perioden, där värdet är registrerat; för en patient som undersökts flera gånger räknas den senaste i perioden. Ålder = det år patienten fyller under undersökningsåret (undersökningsårets årtal minus födelseåret), som målgruppen räknar ålder (R-TG-1). En avslutad kalendermånad läses ur månadens tandhälsobild, tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas efteråt ändrar inte en tagen månad. Andra perioder, som året hittills, beräknas ur undersökningarna som de är registrerade nu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodens dagar t.o.m. mätdagen; start- och slutdag räknas båda.</source>
        <translation>Periodens dagar t.o.m. mätdagen; start- och slutdag räknas båda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningar registrerade som fel. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Listningar registrerade som fel. Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter utan revision inom Hälsoval (vården upphör, R-RV-9); patienter som ännu inte undersökts och vars första undersökning ännu inte förfallit. Personalens ändrade kallelsedatum ändrar inte förfallodatum. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Patienter utan revision inom Hälsoval (vården upphör, R-RV-9); patienter som ännu inte undersökts och vars första undersökning ännu inte förfallit. Personalens ändrade kallelsedatum ändrar inte förfallodatum. Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patienter utan revision inom Hälsoval (R-RV-9). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Patienter utan revision inom Hälsoval (R-RV-9). Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökning av tandhygienist eller tandsköterska räknas inte (R-RV-4, R-RV-5). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Undersökning av tandhygienist eller tandsköterska räknas inte (R-RV-4, R-RV-5). Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akuttider, tider som bara föreslagits i kallelse (R-AB-3), tider utan utfall. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Akuttider, tider som bara föreslagits i kallelse (R-AB-3), tider utan utfall. Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tider utan avtal med både klinik och patient (R-AB-3). Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Tider utan avtal med både klinik och patient (R-AB-3). Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uteblivanden vars sista dag ännu inte passerat och som ännu inte fått ny tid. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Uteblivanden vars sista dag ännu inte passerat och som ännu inte fått ny tid. Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obesvarade avvikelser (de syns som försenade i avvikelseregistret); egna, skickade, samverkans- och organisatoriska avvikelser.</source>
        <translation>Obesvarade avvikelser (de syns som försenade i avvikelseregistret); egna, skickade, samverkans- och organisatoriska avvikelser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökningar utan registrerat värde. Patienter med skyddad identitet räknas med (de är klinikens patienter).</source>
        <translation>Undersökningar utan registrerat värde. Patienter med skyddad identitet räknas med (de är klinikens patienter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dagar efter mätdagen. Överlappande stopp räknas en gång per dag.</source>
        <translation>Dagar efter mätdagen. Överlappande stopp räknas en gång per dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare</source>
        <translation>Tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist</source>
        <translation>Tandhygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandsköterska</source>
        <translation>Tandsköterska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelsehandläggare</source>
        <translation>Avvikelsehandläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verksamhetschef</source>
        <translation>Verksamhetschef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administratör</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionens tandvårdstaxa</source>
        <translation>Regionens tandvårdstaxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folktandvårdens prislista</source>
        <translation>Folktandvårdens prislista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egen verksamhet</source>
        <translation>Egen verksamhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller annan vårdgivare (skickad)</source>
        <translation>Gäller annan vårdgivare (skickad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottagen från annan vårdgivare</source>
        <translation>Mottagen från annan vårdgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samverkansavvikelse</source>
        <translation>Samverkansavvikelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatorisk (t.ex. personalbrist)</source>
        <translation>Organisatorisk (t.ex. personalbrist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen skada / risk för skada</source>
        <translation>Ingen skada / risk för skada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vårdskada</source>
        <translation>Vårdskada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allvarlig vårdskada</source>
        <translation>Allvarlig vårdskada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporterad</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utreds</source>
        <translation>Utreds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder beslutade</source>
        <translation>Åtgärder beslutade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder uppföljda</source>
        <translation>Åtgärder uppföljda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortodonti (tandreglering)</source>
        <translation>Ortodonti (tandreglering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pedodonti (barn- och ungdomstandvård)</source>
        <translation>Pedodonti (barn- och ungdomstandvård)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Käkkirurgi</source>
        <translation>Käkkirurgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orofacial medicin</source>
        <translation>Orofacial medicin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettfysiologi</source>
        <translation>Bettfysiologi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protetik</source>
        <translation>Protetik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parodontologi</source>
        <translation>Parodontologi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endodonti</source>
        <translation>Endodonti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan specialitet</source>
        <translation>Annan specialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej skickad</source>
        <translation>Ej skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skickad</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besvarad</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkallad</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antagen</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlad</source>
        <translation>Behandlad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avböjd</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten finns inte i befolkningsregistret. Kontrollera personnumret.</source>
        <translation>Patienten finns inte i befolkningsregistret. Kontrollera personnumret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten är avliden enligt befolkningsregistret.</source>
        <translation>Patienten är avliden enligt befolkningsregistret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten har skyddade personuppgifter och får inte registreras i listningssystemet (R-TG-4).</source>
        <translation>Patienten har skyddade personuppgifter och får inte registreras i listningssystemet (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är inte folkbokförd i länet och kan inte listas (R-TG-1, R-TG-2).</source>
        <translation>Patienten är inte folkbokförd i länet och kan inte listas (R-TG-1, R-TG-2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten är utanför målgruppens ålder (R-TG-1).</source>
        <translation>Patienten är utanför målgruppens ålder (R-TG-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giltigt samtycke saknas. Kontrollera vem som samtyckte och när (R-LI-1).</source>
        <translation>Giltigt samtycke saknas. Kontrollera vem som samtyckte och när (R-LI-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliniken har listningsstopp, eller för få listade för att införa listningsstopp (R-LI-5).</source>
        <translation>Kliniken har listningsstopp, eller för få listade för att införa listningsstopp (R-LI-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är redan listad genom eget val på kliniken.</source>
        <translation>Patienten är redan listad genom eget val på kliniken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisionsrapporten kan inte lagras i regionen: kontrollera riskbedömning, undersökare och revisionsintervall (R-RV-8).</source>
        <translation>Revisionsrapporten kan inte lagras i regionen: kontrollera riskbedömning, undersökare och revisionsintervall (R-RV-8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undersökarens HSA-id saknas. Ange undersökaren, så skickas revisionsrapporten (R-RV-8).</source>
        <translation>Undersökarens HSA-id saknas. Ange undersökaren, så skickas revisionsrapporten (R-RV-8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vårdnadshavarens personnummer saknas, så samtycket kan inte skickas. Komplettera vårdnadshavaren och skicka igen (R-LI-1).</source>
        <translation>Vårdnadshavarens personnummer saknas, så samtycket kan inte skickas. Komplettera vårdnadshavaren och skicka igen (R-LI-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringen gjordes utan giltigt HSA-id för personalen och kan inte skickas med uppgift om vem som gjorde den.</source>
        <translation>Ändringen gjordes utan giltigt HSA-id för personalen och kan inte skickas med uppgift om vem som gjorde den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen känner inte till det som ska ändras med klinikens identifierare. Rätta uppgiften direkt i listningssystemet.</source>
        <translation>Regionen känner inte till det som ska ändras med klinikens identifierare. Rätta uppgiften direkt i listningssystemet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uppgifterna som ska skickas finns inte längre i registret.</source>
        <translation>Uppgifterna som ska skickas finns inte längre i registret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifterna kunde inte göras om till ett giltigt meddelande till regionen.</source>
        <translation>Uppgifterna kunde inte göras om till ett giltigt meddelande till regionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen kunde inte tolka meddelandet.</source>
        <translation>Regionen kunde inte tolka meddelandet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det som skulle ändras finns inte i regionen.</source>
        <translation>Det som skulle ändras finns inte i regionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen tog inte emot ändringen.</source>
        <translation>Regionen tog inte emot ändringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listning</source>
        <translation>listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rättelse av listning</source>
        <translation>rättelse av listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisionsrapport</source>
        <translation>revisionsrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listningsstopp</source>
        <translation>listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upphävt listningsstopp</source>
        <translation>upphävt listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akut</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övrigt</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokad</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomförd</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbokad</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen avbokning</source>
        <translation>Sen avbokning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uteblev</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidigare system</source>
        <translation>Tidigare system</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Skyddad identitet</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger före mätdagen.</source>
        <translation>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger före mätdagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger mer än 90 dagar före mätdagen (exakt 90 dagar räknas inte).</source>
        <translation>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen vars förfallodatum ligger mer än 90 dagar före mätdagen (exakt 90 dagar räknas inte).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som har ett intervall att hålla: minst en revisionsundersökning, eller första undersökningen (R-RV-4) redan förfallen.</source>
        <translation>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som har ett intervall att hålla: minst en revisionsundersökning, eller första undersökningen (R-RV-4) redan förfallen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som fyller 3 år under mätdagens kalenderår.</source>
        <translation>Antal patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen som fyller 3 år under mätdagens kalenderår.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Brevet skickat</source>
        <translation>Brevet skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orosanmälan gjord</source>
        <translation>Orosanmälan gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen orosanmälan</source>
        <translation>Ingen orosanmälan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopia lämnad med samtycke</source>
        <translation>Kopia lämnad med samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke gavs inte</source>
        <translation>Samtycke gavs inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriftlig information om uteblivanden</source>
        <translation>Skriftlig information om uteblivanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömning barn som far illa</source>
        <translation>Bedömning barn som far illa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erbjud journalkopia till nya kliniken</source>
        <translation>Erbjud journalkopia till nya kliniken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datorkonto</source>
        <translation>Datorkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemet</source>
        <translation>Systemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej kontaktad</source>
        <translation>Ej kontaktad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallad</source>
        <translation>Kallad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avböjt</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej nåbar</source>
        <translation>Ej nåbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse skickad</source>
        <translation>Kallelse skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse skickad</source>
        <translation>Påminnelse skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status ändrad</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget datum</source>
        <translation>Eget datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausad</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paus hävd</source>
        <translation>Paus hävd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny revision gjord</source>
        <translation>Ny revision gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första undersökningen (R-RV-4)</source>
        <translation>Första undersökningen (R-RV-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerat intervall (R-RV-1)</source>
        <translation>Planerat intervall (R-RV-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åldersgräns för intervall (R-RV-2)</source>
        <translation>Åldersgräns för intervall (R-RV-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs (R-RV-3)</source>
        <translation>Tandläkare krävs (R-RV-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställare</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beställarens adress</source>
        <translation>Beställarens adress</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/appointments.py" line="+26"/>
        <source>Endast föreslagen, inte bekräftad</source>
        <translation>Endast föreslagen, inte bekräftad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>på plats</source>
        <translation>på plats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per telefon</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per brev</source>
        <translation>per brev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>via e-tjänst</source>
        <translation>via e-tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per sms</source>
        <translation>per sms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tidens längd måste vara mellan {shortest} och {longest} minuter (nu {minutes}).</source>
        <translation>Tidens längd måste vara mellan {shortest} och {longest} minuter (nu {minutes}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Okänd status &apos;{status}&apos;.</source>
        <translation>Okänd status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiden har redan den statusen.</source>
        <translation>Tiden har redan den statusen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Överenskommen enligt tidigare system</source>
        <translation>Överenskommen enligt tidigare system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>med patienten</source>
        <translation>med patienten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>med vårdnadshavare {name}</source>
        <translation>med vårdnadshavare {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>av {name}</source>
        <translation>av {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ange både vem som godkände tiden och hur, eller inget av dem om tiden bara är föreslagen.</source>
        <translation>Ange både vem som godkände tiden och hur, eller inget av dem om tiden bara är föreslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Okänt sätt att komma överens: &apos;{how}&apos;.</source>
        <translation>Okänt sätt att komma överens: &apos;{how}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv vem som godkände tiden: patienten eller vårdnadshavarens namn.</source>
        <translation>Skriv vem som godkände tiden: patienten eller vårdnadshavarens namn.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/deviations.py" line="+96"/>
        <source>Välj en kategori för avvikelsen.</source>
        <translation>Välj en kategori för avvikelsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj hur allvarlig händelsen var.</source>
        <translation>Välj hur allvarlig händelsen var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beskriv vad som hände.</source>
        <translation>Beskriv vad som hände.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Händelsen kan inte ha inträffat efter dagens datum.</source>
        <translation>Händelsen kan inte ha inträffat efter dagens datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv var det hände (t.ex. behandlingsrum 2, receptionen).</source>
        <translation>Skriv var det hände (t.ex. behandlingsrum 2, receptionen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv vilken vårdgivare, kommun eller annan part avvikelsen gäller.</source>
        <translation>Skriv vilken vårdgivare, kommun eller annan part avvikelsen gäller.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avvikelsen är redan avslutad.</source>
        <translation>Avvikelsen är redan avslutad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikelsen är i steget &quot;{state}&quot;; nästa steg är &quot;{next_state}&quot;.</source>
        <translation>Avvikelsen är i steget &quot;{state}&quot;; nästa steg är &quot;{next_state}&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv vem som utreder avvikelsen.</source>
        <translation>Skriv vem som utreder avvikelsen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Beslut minst en åtgärd: vad som ska göras, av vem och till när.</source>
        <translation>Beslut minst en åtgärd: vad som ska göras, av vem och till när.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärd {number}: beskriv vad som ska göras.</source>
        <translation>Åtgärd {number}: beskriv vad som ska göras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd {number}: skriv vem som ansvarar.</source>
        <translation>Åtgärd {number}: skriv vem som ansvarar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd {number}: sista dag kan inte vara före dagens datum.</source>
        <translation>Åtgärd {number}: sista dag kan inte vara före dagens datum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv resultatet av varje åtgärd (saknas för åtgärd {numbers}).</source>
        <translation>Skriv resultatet av varje åtgärd (saknas för åtgärd {numbers}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skriv svaret till avsändaren.</source>
        <translation>Skriv svaret till avsändaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ange datum då svaret lämnades till avsändaren.</source>
        <translation>Ange datum då svaret lämnades till avsändaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svaret kan inte ha lämnats efter dagens datum.</source>
        <translation>Svaret kan inte ha lämnats efter dagens datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svaret kan inte ha lämnats före avvikelsen registrerades.</source>
        <translation>Svaret kan inte ha lämnats före avvikelsen registrerades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avvikelsen kan inte avslutas förrän svaret till avsändaren och datumet då det lämnades är registrerade (R-DV-2).</source>
        <translation>Avvikelsen kan inte avslutas förrän svaret till avsändaren och datumet då det lämnades är registrerade (R-DV-2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv vilken återkoppling den som rapporterade har fått.</source>
        <translation>Skriv vilken återkoppling den som rapporterade har fått.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/examination.py" line="+124"/>
        <source>Okänd undersökarroll &apos;{role}&apos;. Ange tandläkare, tandhygienist eller tandsköterska.</source>
        <translation>Okänd undersökarroll &apos;{role}&apos;. Ange tandläkare, tandhygienist eller tandsköterska.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undersökningsdatumet {date} ligger före patientens födelse.</source>
        <translation>Undersökningsdatumet {date} ligger före patientens födelse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Risk för {area} saknas. En revisionsundersökning bedömer risk 0–2 i alla fyra områden (R-RV-10).</source>
        <translation>Risk för {area} saknas. En revisionsundersökning bedömer risk 0–2 i alla fyra områden (R-RV-10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk för {area} är {value!r}; tillåtna värden är 0, 1 och 2 (R-RV-10).</source>
        <translation>Risk för {area} är {value!r}; tillåtna värden är 0, 1 och 2 (R-RV-10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisionsintervall saknas. Det planerade intervallet ska skrivas in vid varje revisionsundersökning (R-RV-1).</source>
        <translation>Revisionsintervall saknas. Det planerade intervallet ska skrivas in vid varje revisionsundersökning (R-RV-1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisionsintervallet {interval!r} månader ska vara ett heltal {shortest}–{longest} (R-RV-1).</source>
        <translation>Revisionsintervallet {interval!r} månader ska vara ett heltal {shortest}–{longest} (R-RV-1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{index} är {value!r}; ange ett heltal som är 0 eller större.</source>
        <translation>{index} är {value!r}; ange ett heltal som är 0 eller större.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Okänt värde för tobak &apos;{value}&apos;. Ange ingen, rökning, snus eller rökning och snus.</source>
        <translation>Okänt värde för tobak &apos;{value}&apos;. Ange ingen, rökning, snus eller rökning och snus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planerat revisionsintervall {interval} månader är längre än högst {cap} månader vid {age} års ålder (R-RV-2). {cap} månader används för kallelse och rapport till regionen.</source>
        <translation>Planerat revisionsintervall {interval} månader är längre än högst {cap} månader vid {age} års ålder (R-RV-2). {cap} månader används för kallelse och rapport till regionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tobaksvanor är inte dokumenterade. Från {age} års ålder dokumenteras de vid varje undersökning (R-RV-7).</source>
        <translation>Tobaksvanor är inte dokumenterade. Från {age} års ålder dokumenteras de vid varje undersökning (R-RV-7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patienten är {age} år: revisionen ska för {youngest}–{oldest} år göras av tandläkare med bettutvecklingskontroll (R-RV-6).</source>
        <translation>Patienten är {age} år: revisionen ska för {youngest}–{oldest} år göras av tandläkare med bettutvecklingskontroll (R-RV-6).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bettutvecklingskontroll är inte registrerad. Tandläkaren gör den vid varje revision för {youngest}–{oldest} år (R-RV-6).</source>
        <translation>Bettutvecklingskontroll är inte registrerad. Tandläkaren gör den vid varje revision för {youngest}–{oldest} år (R-RV-6).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/fee_schedule.py" line="+65"/>
        <source>{where}: priset &apos;{price}&apos; är inte ett belopp i kronor (till exempel 1040 eller 1040,50).</source>
        <translation>{where}: priset &apos;{price}&apos; är inte ett belopp i kronor (till exempel 1040 eller 1040,50).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filen är inte giltig TOML: {error}.</source>
        <translation>Filen är inte giltig TOML: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen har inga åtgärder ([[item]] med code, name och price).</source>
        <translation>Filen har inga åtgärder ([[item]] med code, name och price).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Rad {line}</source>
        <translation>Rad {line}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Åtgärd nr {number}</source>
        <translation>Åtgärd nr {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: skriv priset som text (&quot;1040,50&quot;) eller heltal, inte som decimaltal.</source>
        <translation>{where}: skriv priset som text (&quot;1040,50&quot;) eller heltal, inte som decimaltal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rad {line}: rubrikraden ska vara kod;benamning;pris.</source>
        <translation>Rad {line}: rubrikraden ska vara kod;benamning;pris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rad {line}: raden ska ha tre fält (kod;benamning;pris), den har {fields}.</source>
        <translation>Rad {line}: raden ska ha tre fält (kod;benamning;pris), den har {fields}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen saknar rubrikraden kod;benamning;pris.</source>
        <translation>Filen saknar rubrikraden kod;benamning;pris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giltighetstiden</source>
        <translation>Giltighetstiden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: datumet &apos;{date}&apos; ska skrivas ÅÅÅÅ-MM-DD.</source>
        <translation>{where}: datumet &apos;{date}&apos; ska skrivas ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Okänd typ av prislista &apos;{kind}&apos;. Ange regional (tandvårdstaxan) eller folktandvarden.</source>
        <translation>Okänd typ av prislista &apos;{kind}&apos;. Ange regional (tandvårdstaxan) eller folktandvarden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prislistan saknar version eller namn.</source>
        <translation>Prislistan saknar version eller namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange giltighetstiden som datum: valid_from (och valid_to om den har ett slut).</source>
        <translation>Ange giltighetstiden som datum: valid_from (och valid_to om den har ett slut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giltighetstiden slutar ({valid_to}) innan den börjar ({valid_from}).</source>
        <translation>Giltighetstiden slutar ({valid_to}) innan den börjar ({valid_from}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: kod, benämning och pris måste alla finnas.</source>
        <translation>{where}: kod, benämning och pris måste alla finnas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: åtgärdskod {code} finns redan tidigare i filen.</source>
        <translation>{where}: åtgärdskod {code} finns redan tidigare i filen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen prislista gäller {day}. Läs in en taxa som gäller det datumet.</source>
        <translation>Ingen prislista gäller {day}. Läs in en taxa som gäller det datumet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Åtgärdskod {code} finns inte i {schedule} (gäller {day}).</source>
        <translation>Åtgärdskod {code} finns inte i {schedule} (gäller {day}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tand {tooth} finns inte. Ange tandnummer enligt FDI: 11–48, eller 51–85 för mjölktänder.</source>
        <translation>Tand {tooth} finns inte. Ange tandnummer enligt FDI: 11–48, eller 51–85 för mjölktänder.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/hsa.py" line="+15"/>
        <source>&apos;{text}&apos; är inget giltigt HSA-ID. Ett HSA-ID skrivs till exempel SE2321000222-E12345.</source>
        <translation>&apos;{text}&apos; är inget giltigt HSA-ID. Ett HSA-ID skrivs till exempel SE2321000222-E12345.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/identity.py" line="+87"/>
        <source>Personnummer saknas.</source>
        <translation>Personnummer saknas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; innehåller bokstäver. Reservnummer tas inte emot; ange personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN).</source>
        <translation>&apos;{number}&apos; innehåller bokstäver. Reservnummer tas inte emot; ange personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{number}&apos; innehåller otillåtna tecken. Skriv ÅÅÅÅMMDD-NNNN.</source>
        <translation>&apos;{number}&apos; innehåller otillåtna tecken. Skriv ÅÅÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; har {digits} siffror. Ett personnummer har 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</source>
        <translation>&apos;{number}&apos; har {digits} siffror. Ett personnummer har 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{number}&apos; har månad {month:02d}. Reservnummer tas inte emot; kontrollera numret.</source>
        <translation>&apos;{number}&apos; har månad {month:02d}. Reservnummer tas inte emot; kontrollera numret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{number}&apos; har månad {month:02d}, som inte finns.</source>
        <translation>&apos;{number}&apos; har månad {month:02d}, som inte finns.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{number}&apos;: dag {day} är ingen giltig dag i ett samordningsnummer (61-91).</source>
        <translation>&apos;{number}&apos;: dag {day} är ingen giltig dag i ett samordningsnummer (61-91).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos;: dag {day:02d} finns inte.</source>
        <translation>&apos;{number}&apos;: dag {day:02d} finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos;: födelsenumret 000 förekommer inte. Kontrollera numret.</source>
        <translation>&apos;{number}&apos;: födelsenumret 000 förekommer inte. Kontrollera numret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{number}&apos; har fel kontrollsiffra. Kontrollera numret.</source>
        <translation>&apos;{number}&apos; har fel kontrollsiffra. Kontrollera numret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{number}&apos; har ett födelsedatum efter dagens datum.</source>
        <translation>&apos;{number}&apos; har ett födelsedatum efter dagens datum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{number}&apos;: {year:04d}-{month:02d}-{day:02d} finns inte i kalendern.</source>
        <translation>&apos;{number}&apos;: {year:04d}-{month:02d}-{day:02d} finns inte i kalendern.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;{number}&apos;: födelsedatumet finns inte i kalendern eller passar inte skiljetecknet.</source>
        <translation>&apos;{number}&apos;: födelsedatumet finns inte i kalendern eller passar inte skiljetecknet.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/indicator_targets.py" line="+25"/>
        <source>minst {value}</source>
        <translation>minst {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>högst {value}</source>
        <translation>högst {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mål {words}</source>
        <translation>mål {words}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>”{typed}” är inget tal. Skriv till exempel 90 eller 92,5.</source>
        <translation>”{typed}” är inget tal. Skriv till exempel 90 eller 92,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv ett tal som är 0 eller större.</source>
        <translation>Skriv ett tal som är 0 eller större.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/lex_maria.py" line="+58"/>
        <source>Lex Maria gäller bara händelser som har orsakat eller kunnat orsaka allvarlig vårdskada. Ändra skadeklassningen först.</source>
        <translation>Lex Maria gäller bara händelser som har orsakat eller kunnat orsaka allvarlig vårdskada. Ändra skadeklassningen först.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv vem som är anmälningsansvarig.</source>
        <translation>Skriv vem som är anmälningsansvarig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmälan till IVO</source>
        <translation>Anmälan till IVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationen till patienten</source>
        <translation>Informationen till patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopian till regionen</source>
        <translation>Kopian till regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IVO:s beslut</source>
        <translation>IVO:s beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidarebefordran till regionen</source>
        <translation>Vidarebefordran till regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} kan inte vara daterad efter dagens datum.</source>
        <translation>{what} kan inte vara daterad efter dagens datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} kan inte vara daterad före avvikelsen registrerades.</source>
        <translation>{what} kan inte vara daterad före avvikelsen registrerades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj hur anmälan skickades till IVO.</source>
        <translation>Välj hur anmälan skickades till IVO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopian till regionen skickas när anmälan till IVO är gjord: ange först när anmälan skickades.</source>
        <translation>Kopian till regionen skickas när anmälan till IVO är gjord: ange först när anmälan skickades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv både IVO:s beslut och datumet för beslutet.</source>
        <translation>Skriv både IVO:s beslut och datumet för beslutet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVO:s beslut kan inte komma före anmälan: ange när anmälan skickades.</source>
        <translation>IVO:s beslut kan inte komma före anmälan: ange när anmälan skickades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslutet kan vidarebefordras till regionen först när IVO:s beslut är registrerat.</source>
        <translation>Beslutet kan vidarebefordras till regionen först när IVO:s beslut är registrerat.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/listing.py" line="+74"/>
        <source>Ange vem som lämnade samtycket (R-LI-1).</source>
        <translation>Ange vem som lämnade samtycket (R-LI-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patienten var {age} år när samtycket lämnades och samtycker själv (R-LI-1), inte vårdnadshavaren.</source>
        <translation>Patienten var {age} år när samtycket lämnades och samtycker själv (R-LI-1), inte vårdnadshavaren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patienten var {age} år när samtycket lämnades. Under 18 år lämnar en vårdnadshavare samtycket (R-LI-1).</source>
        <translation>Patienten var {age} år när samtycket lämnades. Under 18 år lämnar en vårdnadshavare samtycket (R-LI-1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vårdnadshavare {position} finns inte registrerad för patienten. Registrera vårdnadshavaren först (R-LI-1).</source>
        <translation>Vårdnadshavare {position} finns inte registrerad för patienten. Registrera vårdnadshavaren först (R-LI-1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Samtycket kan inte vara lämnat efter dagens datum.</source>
        <translation>Samtycket kan inte vara lämnat efter dagens datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtycket kan inte vara lämnat före patientens födelse.</source>
        <translation>Samtycket kan inte vara lämnat före patientens födelse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vårdansvaret skulle börja {start} (R-LI-3), men då ingår patienten inte i målgruppen: {reason}</source>
        <translation>Vårdansvaret skulle börja {start} (R-LI-3), men då ingår patienten inte i målgruppen: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kliniken har listningsstopp från {start} till och med {end} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</source>
        <translation>Kliniken har listningsstopp från {start} till och med {end} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kliniken har listningsstopp från {start} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</source>
        <translation>Kliniken har listningsstopp från {start} (R-LI-5). Nya val kan inte tas emot; patienten kan välja en annan klinik.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningsstopp kräver att minst {minimum} patienter är listade genom eget val (R-LI-5). Nu är {listed} listade.</source>
        <translation>Listningsstopp kräver att minst {minimum} patienter är listade genom eget val (R-LI-5). Nu är {listed} listade.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/patient_safety.py" line="+17"/>
        <source>Skriv lärdomen när avvikelsen är avslutad.</source>
        <translation>Skriv lärdomen när avvikelsen är avslutad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv vad kliniken har lärt sig av avvikelsen.</source>
        <translation>Skriv vad kliniken har lärt sig av avvikelsen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Välj ett år mellan 2000 och {last_year}.</source>
        <translation>Välj ett år mellan 2000 och {last_year}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj en månad som har börjat.</source>
        <translation>Välj en månad som har börjat.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/payer.py" line="+33"/>
        <source>Patienten är listad här hos oss. Akutbesöket faktureras inte någon annan klinik; registrera behandlingarna som ett vanligt besök.</source>
        <translation>Patienten är listad här hos oss. Akutbesöket faktureras inte någon annan klinik; registrera behandlingarna som ett vanligt besök.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/record_copy.py" line="+65"/>
        <source>Okänd mottagare: {recipient}.</source>
        <translation>Okänd mottagare: {recipient}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv vem som ska få kopian.</source>
        <translation>Skriv vem som ska få kopian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HSA-id:t {hsa_id} har inte rätt form (t.ex. SE2321000222-E12345).</source>
        <translation>HSA-id:t {hsa_id} har inte rätt form (t.ex. SE2321000222-E12345).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En kopia till en annan vårdgivare kräver patientens samtycke (eller vårdnadshavarens). Fyll i vem som gav samtycket, när och hur.</source>
        <translation>En kopia till en annan vårdgivare kräver patientens samtycke (eller vårdnadshavarens). Fyll i vem som gav samtycket, när och hur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ange om samtycket gavs av patienten eller av en vårdnadshavare.</source>
        <translation>Ange om samtycket gavs av patienten eller av en vårdnadshavare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv namnet på vårdnadshavaren som gav samtycket.</source>
        <translation>Skriv namnet på vårdnadshavaren som gav samtycket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ange hur samtycket gavs: på plats, per telefon, per brev eller via e-tjänst.</source>
        <translation>Ange hur samtycket gavs: på plats, per telefon, per brev eller via e-tjänst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtycket kan inte vara givet efter dagens datum.</source>
        <translation>Samtycket kan inte vara givet efter dagens datum.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/retention.py" line="+23"/>
        <source>Journaler ska sparas i minst {minimum} år efter den senaste anteckningen, så {years} år går inte att välja. Ange {minimum} år eller fler.</source>
        <translation>Journaler ska sparas i minst {minimum} år efter den senaste anteckningen, så {years} år går inte att välja. Ange {minimum} år eller fler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{years} år är orimligt länge. Ange högst {maximum} år.</source>
        <translation>{years} år är orimligt länge. Ange högst {maximum} år.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/ruleset.py" line="+215"/>
        <source>Regeluppsättningen {file}: nyckeln &apos;{dotted}&apos; {problem}. Rätta filen.</source>
        <translation>Regeluppsättningen {file}: nyckeln &apos;{dotted}&apos; {problem}. Rätta filen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saknas</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ska vara ett heltal, inte {value!r}</source>
        <translation>ska vara ett heltal, inte {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ska vara minst {minimum}, inte {value}</source>
        <translation>ska vara minst {minimum}, inte {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara true eller false, inte {value!r}</source>
        <translation>ska vara true eller false, inte {value!r}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara en text som inte är tom, inte {value!r}</source>
        <translation>ska vara en text som inte är tom, inte {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>har värdet &apos;{value}&apos;; tillåtna värden är {choices}</source>
        <translation>har värdet &apos;{value}&apos;; tillåtna värden är {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>har det ogiltiga värdet &apos;{value}&apos;</source>
        <translation>har det ogiltiga värdet &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska vara ett TOML-datum utan citattecken (t.ex. 2022-01-01), inte {value!r}</source>
        <translation>ska vara ett TOML-datum utan citattecken (t.ex. 2022-01-01), inte {value!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ska vara en tabell ([...])</source>
        <translation>ska vara en tabell ([...])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ska vara en eller flera tabeller ([[...]])</source>
        <translation>ska vara en eller flera tabeller ([[...]])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>är okänd (felstavad?)</source>
        <translation>är okänd (felstavad?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska ha up_to_age i stigande ordning utan dubbletter</source>
        <translation>ska ha up_to_age i stigande ordning utan dubbletter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>täcker inte åldrar upp till target_group.max_age ({max_age})</source>
        <translation>täcker inte åldrar upp till target_group.max_age ({max_age})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ska vara minst min_age</source>
        <translation>ska vara minst min_age</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ska vara en fyrsiffrig kommunkod som börjar med länskoden {county}</source>
        <translation>ska vara en fyrsiffrig kommunkod som börjar med länskoden {county}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ska innehålla minst en kommun</source>
        <translation>ska innehålla minst en kommun</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ska vara en riskgrupp (ett heltal inom citattecken, t.ex. &quot;1&quot;)</source>
        <translation>ska vara en riskgrupp (ett heltal inom citattecken, t.ex. &quot;1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ska vara ett antal månader (minst 1) eller &apos;{age_cap}&apos;, inte {value!r}</source>
        <translation>ska vara ett antal månader (minst 1) eller &apos;{age_cap}&apos;, inte {value!r}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ska innehålla minst en riskgrupp</source>
        <translation>ska innehålla minst en riskgrupp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ska vara en lista med minst ett namn</source>
        <translation>ska vara en lista med minst ett namn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ska vara minst bite_check_min_age</source>
        <translation>ska vara minst bite_check_min_age</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Regeluppsättningen {file} finns inte.</source>
        <translation>Regeluppsättningen {file} finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regeluppsättningen {file} kan inte läsas: {reason}.</source>
        <translation>Regeluppsättningen {file} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regeluppsättningen {file} är inte giltig TOML: {error}. Rätta filen.</source>
        <translation>Regeluppsättningen {file} är inte giltig TOML: {error}. Rätta filen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ligger före valid_from</source>
        <translation>ligger före valid_from</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mappen med regeluppsättningar {folder} finns inte.</source>
        <translation>Mappen med regeluppsättningar {folder} finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mappen {folder} innehåller inga regeluppsättningar (*.toml).</source>
        <translation>Mappen {folder} innehåller inga regeluppsättningar (*.toml).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regeluppsättningarna {first} och {second} har båda id &apos;{id}&apos; och {what} {value}. Ändra eller ta bort den ena.</source>
        <translation>Regeluppsättningarna {first} och {second} har båda id &apos;{id}&apos; och {what} {value}. Ändra eller ta bort den ena.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>inga</source>
        <translation>inga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finns ingen regeluppsättning för regionen &apos;{region}&apos; (finns: {known}).</source>
        <translation>Det finns ingen regeluppsättning för regionen &apos;{region}&apos; (finns: {known}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen version av regeluppsättningen &apos;{region}&apos; gäller {day} ({windows}). Lägg till en version som gäller det datumet.</source>
        <translation>Ingen version av regeluppsättningen &apos;{region}&apos; gäller {day} ({windows}). Lägg till en version som gäller det datumet.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/target_group.py" line="+35"/>
        <source>Asylsökande</source>
        <translation>Asylsökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU-migrant</source>
        <translation>EU-migrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papperslös (vistas i Sverige utan tillstånd)</source>
        <translation>Papperslös (vistas i Sverige utan tillstånd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folkbokförd i ett annat län, vistas i länet</source>
        <translation>Folkbokförd i ett annat län, vistas i länet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placerad av socialtjänsten eller i tvångsvård och har inte valt klinik</source>
        <translation>Placerad av socialtjänsten eller i tvångsvård och har inte valt klinik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placerad här från ett annat län</source>
        <translation>Placerad här från ett annat län</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Utanför målgruppen (R-LI-4): avliden {date}.</source>
        <translation>Utanför målgruppen (R-LI-4): avliden {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför Hälsoval (R-TG-3): {reason}. Besöket registreras med orsak men patienten listas inte; Folktandvården har områdesansvar.</source>
        <translation>Utanför Hälsoval (R-TG-3): {reason}. Besöket registreras med orsak men patienten listas inte; Folktandvården har områdesansvar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utanför målgruppen (R-TG-1): samordningsnummer betyder att personen inte är folkbokförd. Patienten kan behandlas men inte listas.</source>
        <translation>Utanför målgruppen (R-TG-1): samordningsnummer betyder att personen inte är folkbokförd. Patienten kan behandlas men inte listas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kan inte avgöra målgruppen (R-TG-2): kommunkod för folkbokföringen saknas. Ange kommunkoden.</source>
        <translation>Kan inte avgöra målgruppen (R-TG-2): kommunkod för folkbokföringen saknas. Ange kommunkoden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utanför målgruppen (R-TG-2): kommunkod {code} ligger inte i {region} (län {county}).</source>
        <translation>Utanför målgruppen (R-TG-2): kommunkod {code} ligger inte i {region} (län {county}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utanför målgruppen (R-TG-1): fyller {age} år {year} och ingår från {start}.</source>
        <translation>Utanför målgruppen (R-TG-1): fyller {age} år {year} och ingår från {start}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför målgruppen (R-TG-1): fyller {age} år {birthday} och ingår från {start}.</source>
        <translation>Utanför målgruppen (R-TG-1): fyller {age} år {birthday} och ingår från {start}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utanför målgruppen (R-TG-1): fyllde {age} år {year} och ingick till och med {end}.</source>
        <translation>Utanför målgruppen (R-TG-1): fyllde {age} år {year} och ingick till och med {end}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I målgruppen (R-TG-1, R-TG-2): folkbokförd i {municipality} kommun, ingår till och med {end}.</source>
        <translation>I målgruppen (R-TG-1, R-TG-2): folkbokförd i {municipality} kommun, ingår till och med {end}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/capacity.py" line="+27"/>
        <source>måndag</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tisdag</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onsdag</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>torsdag</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fredag</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lördag</source>
        <translation>lördag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>söndag</source>
        <translation>söndag</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/proposals.py" line="+39"/>
        <source>tandläkare</source>
        <translation>tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandläkare eller tandhygienist</source>
        <translation>tandläkare eller tandhygienist</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Ingen ledig tid hos {role} under perioden.</source>
        <translation>Ingen ledig tid hos {role} under perioden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ledig tid före revisionsdatumet hos {role} under perioden.</source>
        <translation>Ingen ledig tid före revisionsdatumet hos {role} under perioden.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/referrals.py" line="+52"/>
        <source>Bara en remiss som inte är skickad kan skickas.</source>
        <translation>Bara en remiss som inte är skickad kan skickas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar kan bara registreras på en skickad remiss som inte redan är besvarad.</source>
        <translation>Svar kan bara registreras på en skickad remiss som inte redan är besvarad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara en besvarad remiss kan avslutas; registrera svaret först.</source>
        <translation>Bara en besvarad remiss kan avslutas; registrera svaret först.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara en remiss som inte har besvarats kan återkallas.</source>
        <translation>Bara en remiss som inte har besvarats kan återkallas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remissen är {state}. {refusal}</source>
        <translation>Remissen är {state}. {refusal}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>För sent för avgiftsfri vård: skulle ha skickats senast {latest_send} (den avgiftsfria vården upphör {care_ends}).</source>
        <translation>För sent för avgiftsfri vård: skulle ha skickats senast {latest_send} (den avgiftsfria vården upphör {care_ends}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skicka senast {latest_send}.</source>
        <translation>Skicka senast {latest_send}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ledtiden ska vara mellan 0 och {max_days} dagar.</source>
        <translation>Ledtiden ska vara mellan 0 och {max_days} dagar.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/revision.py" line="+129"/>
        <source>Ingen revision inom Hälsoval: nästa revision infaller efter att den fria tandvården upphör {care_ends} (R-RV-9).</source>
        <translation>Ingen revision inom Hälsoval: nästa revision infaller efter att den fria tandvården upphör {care_ends} (R-RV-9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandläkarundersökning senast {due}</source>
        <translation>Tandläkarundersökning senast {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision senast {due}</source>
        <translation>Revision senast {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: den första undersökningen görs av tandläkare under året patienten fyller 3 år (R-RV-4).</source>
        <translation>{head}: den första undersökningen görs av tandläkare under året patienten fyller 3 år (R-RV-4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: ingen tandläkarundersökning finns registrerad, och den första ska göras under året patienten fyller 3 år (R-RV-3, R-RV-4).</source>
        <translation>{head}: ingen tandläkarundersökning finns registrerad, och den första ska göras under året patienten fyller 3 år (R-RV-3, R-RV-4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: högst {years} år sedan förra tandläkarundersökningen (R-RV-3).</source>
        <translation>{head}: högst {years} år sedan förra tandläkarundersökningen (R-RV-3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: högst {months} månader mellan revisionsundersökningar (R-RV-2)</source>
        <translation>{head}: högst {months} månader mellan revisionsundersökningar (R-RV-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: planerat revisionsintervall {months} månader från undersökningen {last_exam} (R-RV-1)</source>
        <translation>{head}: planerat revisionsintervall {months} månader från undersökningen {last_exam} (R-RV-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule}; bettutvecklingskontroll av tandläkare krävs (R-RV-6).</source>
        <translation>{rule}; bettutvecklingskontroll av tandläkare krävs (R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}.</source>
        <translation>{rule}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fri tandvård inom Hälsoval upphörde {care_ends} (R-RV-9).</source>
        <translation>Fri tandvård inom Hälsoval upphörde {care_ends} (R-RV-9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fri tandvård upphör {care_ends}; remisser måste skickas i tid så att vården hinner ges före årsskiftet (R-RV-9).</source>
        <translation>Fri tandvård upphör {care_ends}; remisser måste skickas i tid så att vården hinner ges före årsskiftet (R-RV-9).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/domain/absence.py" line="+20"/>
        <source>Avgift för uteblivet besök: tiden var överenskommen med patienten eller vårdnadshavaren</source>
        <translation>Avgift för uteblivet besök: tiden var överenskommen med patienten eller vårdnadshavaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avgift för sen avbokning: tiden var överenskommen med patienten eller vårdnadshavaren</source>
        <translation>Avgift för sen avbokning: tiden var överenskommen med patienten eller vårdnadshavaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad</source>
        <translation>Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: sen avbokning räknas inte som uteblivande enligt regelverket</source>
        <translation>Ingen avgift: sen avbokning räknas inte som uteblivande enligt regelverket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen avgift: tiden avbokades i tid</source>
        <translation>Ingen avgift: tiden avbokades i tid</translation>
    </message>
</context>
<context>
    <name>drill_down</name>
    <message>
        <location filename="../../klinik_app/ui/drill_down.py" line="-18"/>
        <source>Patienterna bakom siffran visas bara för den som får läsa patientuppgifter.</source>
        <translation>Patienterna bakom siffran visas bara för den som får läsa patientuppgifter.</translation>
    </message>
</context>
<context>
    <name>emergency_view</name>
    <message>
        <location filename="../../klinik_app/ui/emergency_view.py" line="-201"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betalare</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport skickad</source>
        <translation>Rapport skickad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Akut</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;kut</source>
        <translation>A&amp;kut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akutbesök av patienter listade på annan klinik: betalare, rapport och fakturaunderlag</source>
        <translation>Akutbesök av patienter listade på annan klinik: betalare, rapport och fakturaunderlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Områdesansvar…</source>
        <translation>&amp;Områdesansvar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vilken klinik som har områdesansvar för en adress (akut tandvård, R-EM-1)</source>
        <translation>Vilken klinik som har områdesansvar för en adress (akut tandvård, R-EM-1)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../klinik_app/ui/errors.py" line="+30"/>
        <source>Det du skrivit finns kvar: kontrollera det och försök igen.</source>
        <translation>Det du skrivit finns kvar: kontrollera det och försök igen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>En felrapport har sparats lokalt i {parent}; den lämnar aldrig datorn.</source>
        <translation>En felrapport har sparats lokalt i {parent}; den lämnar aldrig datorn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felet finns i loggen i {log_dir}; den lämnar aldrig datorn.</source>
        <translation>Felet finns i loggen i {log_dir}; den lämnar aldrig datorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Något oväntat hände i Klinik. {input_kept}

{where}</source>
        <translation>Något oväntat hände i Klinik. {input_kept}

{where}</translation>
    </message>
</context>
<context>
    <name>examination_form</name>
    <message>
        <location filename="../../klinik_app/ui/examination_form.py" line="-552"/>
        <source>Tandläkare</source>
        <translation>Tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist</source>
        <translation>Tandhygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandsköterska (tandhälsokontroll)</source>
        <translation>Tandsköterska (tandhälsokontroll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rökning</source>
        <translation>rökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snus</source>
        <translation>snus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rökning och snus</source>
        <translation>rökning och snus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Karies</source>
        <translation>&amp;Karies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parodontit</source>
        <translation>&amp;Parodontit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allmän</source>
        <translation>&amp;Allmän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teknisk</source>
        <translation>&amp;Teknisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej angivet</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisionsundersökning av tandläkare: räknas som revision och som tandläkarundersökning (R-RV-3, R-RV-5).</source>
        <translation>Revisionsundersökning av tandläkare: räknas som revision och som tandläkarundersökning (R-RV-3, R-RV-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionsundersökning av tandhygienist: räknas som revision men inte som tandläkarundersökning (R-RV-5).</source>
        <translation>Revisionsundersökning av tandhygienist: räknas som revision men inte som tandläkarundersökning (R-RV-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tandhälsokontroll av tandsköterska: ingen revision. Risk och intervall bedöms inte, och kontrollen rapporteras inte till regionen (R-RV-5).</source>
        <translation>Tandhälsokontroll av tandsköterska: ingen revision. Risk och intervall bedöms inte, och kontrollen rapporteras inte till regionen (R-RV-5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Revisionen rapporteras till regionen (R-RV-8).</source>
        <translation> Revisionen rapporteras till regionen (R-RV-8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Skyddad identitet: sparas bara här, skickas inte till regionen (R-TG-4).</source>
        <translation> Skyddad identitet: sparas bara här, skickas inte till regionen (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionen är köad för rapport till regionen (R-RV-8).</source>
        <translation>Revisionen är köad för rapport till regionen (R-RV-8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet: revisionen sparas bara här och skickas inte till regionen (R-TG-4).</source>
        <translation>Skyddad identitet: revisionen sparas bara här och skickas inte till regionen (R-TG-4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En tandhälsokontroll räknas inte som revision och rapporteras inte till regionen (R-RV-5).</source>
        <translation>En tandhälsokontroll räknas inte som revision och rapporteras inte till regionen (R-RV-5).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undersökningen är sparad. Nästa revision: {explanation}</source>
        <translation>Undersökningen är sparad. Nästa revision: {explanation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Sparad med regelbrott {rules}.</source>
        <translation> Sparad med regelbrott {rules}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Heltal 0–{maximum}, eller {not_given} (pil ned till början).</source>
        <translation>Heltal 0–{maximum}, eller {not_given} (pil ned till början).</translation>
    </message>
</context>
<context>
    <name>fee_schedules_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/fee_schedules_dialog.py" line="-68"/>
        <source>Taxa</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller från</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller till</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxa eller prislista (*.toml *.csv)</source>
        <translation>Taxa eller prislista (*.toml *.csv)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Taxor och prislistor…</source>
        <translation>&amp;Taxor och prislistor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionens tandvårdstaxa och Folktandvårdens prislista: versioner och inläsning</source>
        <translation>Regionens tandvårdstaxa och Folktandvårdens prislista: versioner och inläsning</translation>
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
        <translation>Gå till sökfältet (sök på personnummer, namn eller telefon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil ned</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från sökfältet till patientlistan</source>
        <translation>Från sökfältet till patientlistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil upp</source>
        <translation>Pil upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från listans första rad tillbaka till sökfältet</source>
        <translation>Från listans första rad tillbaka till sökfältet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter eller dubbelklick</source>
        <translation>Enter eller dubbelklick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna den valda patientens patientkort</source>
        <translation>Öppna den valda patientens patientkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från patientkortet tillbaka till listan (sökningen finns kvar)</source>
        <translation>Från patientkortet tillbaka till listan (sökningen finns kvar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc i sökfältet</source>
        <translation>Esc i sökfältet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Töm sökfältet och visa hela registret</source>
        <translation>Töm sökfältet och visa hela registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Skift+Tab</source>
        <translation>Tab / Skift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa / föregående fält</source>
        <translation>Nästa / föregående fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + understruken bokstav</source>
        <translation>Alt + understruken bokstav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyer, knappar och fält med understruken bokstav</source>
        <translation>Menyer, knappar och fält med understruken bokstav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientregistret / Listning / Kallelser / Avvikelser</source>
        <translation>Patientregistret / Listning / Kallelser / Avvikelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8</source>
        <translation>Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidbok / Att göra / Akut / Uppföljning</source>
        <translation>Tidbok / Att göra / Akut / Uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+9 / Ctrl+0</source>
        <translation>Ctrl+9 / Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planering / Remisser</source>
        <translation>Planering / Remisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tidboken</source>
        <translation>I tidboken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert eller Ctrl+N ny tid · Enter öppna · G genomförd · U uteblev · B bekräfta · T behandlingar · Delete avboka · PgUp/PgDn dag · Ctrl+T i dag</source>
        <translation>Insert eller Ctrl+N ny tid · Enter öppna · G genomförd · U uteblev · B bekräfta · T behandlingar · Delete avboka · PgUp/PgDn dag · Ctrl+T i dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N i Avvikelser</source>
        <translation>Ctrl+N i Avvikelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapportera en avvikelse (Enter skickar; du får ett kvitto med numret)</source>
        <translation>Rapportera en avvikelse (Enter skickar; du får ett kvitto med numret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+A i Kallelser</source>
        <translation>Ctrl+A i Kallelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera alla patienter i kallelselistan</source>
        <translation>Markera alla patienter i kallelselistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P i Kallelser</source>
        <translation>Ctrl+P i Kallelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv kallelser för de markerade patienterna (en PDF, ett brev per hushåll)</source>
        <translation>Skriv kallelser för de markerade patienterna (en PDF, ett brev per hushåll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+N i Kallelser</source>
        <translation>Ctrl+N i Kallelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boka tid för den markerade patienten (kallelsen blir bokad)</source>
        <translation>Boka tid för den markerade patienten (kallelsen blir bokad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift+F10 i Kallelser</source>
        <translation>Skift+F10 i Kallelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärder för de markerade: bokad, avböjt, ej nåbar, pausa, eget datum …</source>
        <translation>Åtgärder för de markerade: bokad, avböjt, ej nåbar, pausa, eget datum …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lista den öppna patienten (samtycke, R-LI-1)</source>
        <translation>Lista den öppna patienten (samtycke, R-LI-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera undersökning för den öppna patienten (Enter sparar, Esc avbryter)</source>
        <translation>Registrera undersökning för den öppna patienten (Enter sparar, Esc avbryter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalkopia för den öppna patienten, med samtycke (R-SE-4)</source>
        <translation>Journalkopia för den öppna patienten, med samtycke (R-SE-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synka med regionen nu (väntande ändringar skickas, regionens ändringar hämtas)</source>
        <translation>Synka med regionen nu (väntande ändringar skickas, regionens ändringar hämtas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Skift+L</source>
        <translation>Ctrl+Skift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggkontroll: åtkomstloggen per patient, användare och period</source>
        <translation>Loggkontroll: åtkomstloggen per patient, användare och period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås skärmen (lås upp med ditt lösenord)</source>
        <translation>Lås skärmen (lås upp med ditt lösenord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa de här kortkommandona</source>
        <translation>Visa de här kortkommandona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa de här kortkommandona (utom när du skriver i ett textfält)</source>
        <translation>Visa de här kortkommandona (utom när du skriver i ett textfält)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inställningar: hur Klinik är inställt för kliniken</source>
        <translation>Inställningar: hur Klinik är inställt för kliniken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avsluta Klinik</source>
        <translation>Avsluta Klinik</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Regelverk</source>
        <translation>Regelverk</translation>
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

Patientregister, listning och revisioner för tandkliniker i Hälsoval tandvård (barn och unga vuxna 3–23 år).

{lines}

Databas: {database}
Loggar och felrapporter: {logs}

Inga uppgifter lämnar datorn utom det som skickas till regionens listningssystem.</translation>
    </message>
</context>
<context>
    <name>lex_maria_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/lex_maria_dialogs.py" line="-80"/>
        <source>Inga personuppgifter hittades i texterna.</source>
        <translation>Inga personuppgifter hittades i texterna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttaget och ersatt med en markering i fetstil: </source>
        <translation>Borttaget och ersatt med en markering i fetstil: </translation>
    </message>
</context>
<context>
    <name>listing_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/listing_dialogs.py" line="-98"/>
        <source>Listningen är sparad och köad för regionens listningssystem.</source>
        <translation>Listningen är sparad och köad för regionens listningssystem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningen är sparad lokalt (skyddad identitet) och skickas inte till regionen (R-TG-4). Kliniken får betalt per behandling i stället.</source>
        <translation>Listningen är sparad lokalt (skyddad identitet) och skickas inte till regionen (R-TG-4). Kliniken får betalt per behandling i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen vårdnadshavare finns registrerad för patienten, så ingen kan samtycka till listningen (R-LI-1). Registrera vårdnadshavaren först.</source>
        <translation>Ingen vårdnadshavare finns registrerad för patienten, så ingen kan samtycka till listningen (R-LI-1). Registrera vårdnadshavaren först.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten är redan listad här genom eget val. Någon ny listning behövs inte.</source>
        <translation>Patienten är redan listad här genom eget val. Någon ny listning behövs inte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> Vårdansvaret börjar {start_date} (R-LI-3).</source>
        <translation> Vårdansvaret börjar {start_date} (R-LI-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Icke-valslistningen här avslutas {day_before}.</source>
        <translation> Icke-valslistningen här avslutas {day_before}.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Esc)</source>
        <translation> (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> – skyddad identitet</source>
        <translation> – skyddad identitet</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{kind}, {status}, från {start_date}</source>
        <translation>{kind}, {status}, från {start_date}</translation>
    </message>
</context>
<context>
    <name>listing_model</name>
    <message>
        <location filename="../../klinik_app/ui/listing_model.py" line="+40"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutsorsak</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skyddad</source>
        <translation>Skyddad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och inga uppgifter om patienten skickas till regionen.</source>
        <translation>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och inga uppgifter om patienten skickas till regionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kunde inte hämtas)</source>
        <translation>(kunde inte hämtas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saknas (R-LI-6)</source>
        <translation>Saknas (R-LI-6)</translation>
    </message>
</context>
<context>
    <name>listing_view</name>
    <message>
        <location filename="../../klinik_app/ui/listing_view.py" line="-405"/>
        <source>Alla</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarig tandläkare</source>
        <translation>Ingen ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga listningar matchar filtret.</source>
        <translation>Inga listningar matchar filtret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icke-val</source>
        <translation>Icke-val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Felregistrerad</source>
        <translation>Felregistrerad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Omflyttad inom länet (icke-val)</source>
        <translation>Omflyttad inom länet (icke-val)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 listning</source>
        <translation>1 listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} listningar</source>
        <translation>{count} listningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month} (pågår)</source>
        <translation>{month} (pågår)</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../klinik_app/ui/main_window.py" line="-227"/>
        <source>DEMODATA – inga riktiga patienter</source>
        <translation>DEMODATA – inga riktiga patienter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klinik – {name}</source>
        <translation>Klinik – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} – DEMODATA</source>
        <translation>{title} – DEMODATA</translation>
    </message>
    <message>
        <location line="+457"/>
        <source>Databasen innehåller påhittade patienter för övning och demonstration.</source>
        <translation>Databasen innehåller påhittade patienter för övning och demonstration.</translation>
    </message>
</context>
<context>
    <name>month_chart</name>
    <message>
        <location filename="../../klinik_app/ui/month_chart.py" line="-164"/>
        <source>Inga listade patienter ännu</source>
        <translation>Inga listade patienter ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preliminär (månaden pågår)</source>
        <translation>Preliminär (månaden pågår)</translation>
    </message>
</context>
<context>
    <name>orderers_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/orderers_dialog.py" line="-438"/>
        <source>Mål som inte nåtts och saknar handlingsplan (Enter: lägg in en):</source>
        <translation>Mål som inte nåtts och saknar handlingsplan (Enter: lägg in en):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga missade mål saknar handlingsplan.</source>
        <translation>Inga missade mål saknar handlingsplan.</translation>
    </message>
    <message>
        <location line="+456"/>
        <source>Beställare och &amp;mål…</source>
        <translation>Beställare och &amp;mål…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beställare, avtal per år, mål per indikator och handlingsplaner (R-RP-2)</source>
        <translation>Beställare, avtal per år, mål per indikator och handlingsplaner (R-RP-2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Uppföljningsrapport…</source>
        <translation>&amp;Uppföljningsrapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikatorerna mot beställarens mål som PDF eller CSV (R-RP-1)</source>
        <translation>Indikatorerna mot beställarens mål som PDF eller CSV (R-RP-1)</translation>
    </message>
</context>
<context>
    <name>patient_card</name>
    <message>
        <location filename="../../klinik_app/ui/patient_card.py" line="-30"/>
        <source>Skyddade personuppgifter. Adress, telefon och e-post visas inte, och inga uppgifter om patienten skickas till regionen (R-TG-4).</source>
        <translation>Skyddade personuppgifter. Adress, telefon och e-post visas inte, och inga uppgifter om patienten skickas till regionen (R-TG-4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samordningsnummer</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservnummer</source>
        <translation>Reservnummer</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Identitet</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>tel. {phone}</source>
        <translation>tel. {phone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} – {status}, från {start} till {end}</source>
        <translation>{kind} – {status}, från {start} till {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} – {status}, från {start}</source>
        <translation>{kind} – {status}, från {start}</translation>
    </message>
</context>
<context>
    <name>patient_language_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/patient_language_dialog.py" line="+18"/>
        <source>, tolk behövs</source>
        <translation>, tolk behövs</translation>
    </message>
</context>
<context>
    <name>patient_table_model</name>
    <message>
        <location filename="../../klinik_app/ui/patient_table_model.py" line="+41"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efternamn</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förnamn</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ålder</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skyddad</source>
        <translation>Skyddad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddade personuppgifter (R-TG-4): adress och telefon visas inte, och inga uppgifter om patienten skickas till regionen.</source>
        <translation>Skyddade personuppgifter (R-TG-4): adress och telefon visas inte, och inga uppgifter om patienten skickas till regionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kunde inte hämtas)</source>
        <translation>(kunde inte hämtas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej listad</source>
        <translation>Ej listad</translation>
    </message>
</context>
<context>
    <name>patient_times</name>
    <message>
        <location filename="../../klinik_app/ui/patient_times.py" line="-24"/>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommelse</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga tider i tidboken.</source>
        <translation>Inga tider i tidboken.</translation>
    </message>
</context>
<context>
    <name>planning_chart</name>
    <message>
        <location filename="../../klinik_app/ui/planning_chart.py" line="-68"/>
        <source>Ingen revision faller ut under perioden</source>
        <translation>Ingen revision faller ut under perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs</source>
        <translation>Tandläkare krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist möjlig</source>
        <translation>Tandhygienist möjlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapacitet</source>
        <translation>Kapacitet</translation>
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
        <translation>Faller ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenade</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tandläkare krävs</source>
        <translation>Tandläkare krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhygienist möjlig</source>
        <translation>Tandhygienist möjlig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bokade</source>
        <translation>Bokade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behov (tim)</source>
        <translation>Behov (tim)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapacitet (tim)</source>
        <translation>Kapacitet (tim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist (tim)</source>
        <translation>Brist (tim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Försenade (före idag)</source>
        <translation>Försenade (före idag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisioner som faller ut under perioden och inte är bokade.</source>
        <translation>Revisioner som faller ut under perioden och inte är bokade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner vars datum redan har passerat och som inte är bokade.</source>
        <translation>Revisioner vars datum redan har passerat och som inte är bokade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kräver tandläkare: första undersökningen (R-RV-4), högst 4 eller 6 år mellan tandläkarundersökningar (R-RV-3) eller bettutvecklingskontroll 6–13 år (R-RV-6).</source>
        <translation>Kräver tandläkare: första undersökningen (R-RV-4), högst 4 eller 6 år mellan tandläkarundersökningar (R-RV-3) eller bettutvecklingskontroll 6–13 år (R-RV-6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kan göras av tandhygienist eller tandläkare.</source>
        <translation>Kan göras av tandhygienist eller tandläkare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner som redan är bokade i tidboken (räknas inte som behov).</source>
        <translation>Revisioner som redan är bokade i tidboken (räknas inte som behov).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisionstid som behövs: antal gånger längden för åldern och riskgruppen.</source>
        <translation>Revisionstid som behövs: antal gånger längden för åldern och riskgruppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisionstid hos klinikens tandläkare och tandhygienister, efter helgdagar, ledighet och redan bokade revisioner.</source>
        <translation>Revisionstid hos klinikens tandläkare och tandhygienister, efter helgdagar, ledighet och redan bokade revisioner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tid som inte räcker: tandläkarrevisioner bara på tandläkare, övriga på den som har tid över.</source>
        <translation>Tid som inte räcker: tandläkarrevisioner bara på tandläkare, övriga på den som har tid över.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>v. {week} {year} ({day}/{month})</source>
        <translation>v. {week} {year} ({day}/{month})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>v. {week}</source>
        <translation>v. {week}</translation>
    </message>
</context>
<context>
    <name>planning_view</name>
    <message>
        <location filename="../../klinik_app/ui/planning_view.py" line="-256"/>
        <source>Beräknar revisionsprognosen …</source>
        <translation>Beräknar revisionsprognosen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prognosen kunde inte beräknas just nu. Försök igen med Uppdatera.</source>
        <translation>Prognosen kunde inte beräknas just nu. Försök igen med Uppdatera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planeringen visas för tandläkare, tandhygienister, reception och verksamhetschef.</source>
        <translation>Planeringen visas för tandläkare, tandhygienister, reception och verksamhetschef.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision senast</source>
        <translation>Revision senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare krävs</source>
        <translation>Tandläkare krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienter vars nästa revision infaller under perioden. Senare återkommande revisioner räknas i prognosen men visas inte här. Enter öppnar patientkortet, Esc går tillbaka.</source>
        <translation>Patienter vars nästa revision infaller under perioden. Senare återkommande revisioner räknas i prognosen men visas inte här. Enter öppnar patientkortet, Esc går tillbaka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← &amp;Tillbaka till planeringen (Esc)</source>
        <translation>← &amp;Tillbaka till planeringen (Esc)</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Planering</source>
        <translation>Planering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pla&amp;nering</source>
        <translation>Pla&amp;nering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisioner som faller ut per vecka och månad mot klinikens tid</source>
        <translation>Revisioner som faller ut per vecka och månad mot klinikens tid</translation>
    </message>
</context>
<context>
    <name>proposal_panel</name>
    <message>
        <location filename="../../klinik_app/ui/proposal_panel.py" line="-328"/>
        <source>mån</source>
        <translation>mån</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tis</source>
        <translation>tis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ons</source>
        <translation>ons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tor</source>
        <translation>tor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fre</source>
        <translation>fre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lör</source>
        <translation>lör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sön</source>
        <translation>sön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandläkare</source>
        <translation>tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tandhygienist</source>
        <translation>tandhygienist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
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
        <translation>Revision senast</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Anmärkning</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Varför inget förslag</source>
        <translation>Varför inget förslag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>försenad</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syskon i följd</source>
        <translation>syskon i följd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tolk: {language}</source>
        <translation>tolk: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skyddad identitet</source>
        <translation>skyddad identitet</translation>
    </message>
</context>
<context>
    <name>recall_dialogs</name>
    <message>
        <location filename="../../klinik_app/ui/recall_dialogs.py" line="-89"/>
        <source> – skyddad identitet</source>
        <translation> – skyddad identitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} patienter: {names} och {more} till</source>
        <translation>{count} patienter: {names} och {more} till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} patienter: {names}</source>
        <translation>{count} patienter: {names}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Kolumnrubriker</source>
        <translation>Kolumnrubriker</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Händelse</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att göra</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalla manuellt</source>
        <translation>Kalla manuellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kallelse</source>
        <translation>Ingen kallelse</translation>
    </message>
</context>
<context>
    <name>recall_model</name>
    <message>
        <location filename="../../klinik_app/ui/recall_model.py" line="-166"/>
        <source>Revision senast</source>
        <translation>Revision senast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar sen</source>
        <translation>Dagar sen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandläkare</source>
        <translation>Tandläkare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ansvarig tandläkare</source>
        <translation>Ansvarig tandläkare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Datum då revisionen senast ska göras. Har personalen satt ett eget datum står det beräknade inom parentes.</source>
        <translation>Datum då revisionen senast ska göras. Har personalen satt ett eget datum står det beräknade inom parentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dagar sedan det beräknade datumet passerades. Försenade revisioner kan kosta kliniken ersättning.</source>
        <translation>Dagar sedan det beräknade datumet passerades. Försenade revisioner kan kosta kliniken ersättning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ja när undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</source>
        <translation>Ja när undersökningen måste göras av tandläkare (R-RV-3, R-RV-4, R-RV-6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regeln som bestämmer datumet. Hela förklaringen står under tabellen.</source>
        <translation>Regeln som bestämmer datumet. Hela förklaringen står under tabellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skyddad</source>
        <translation>Skyddad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och kallelsen skrivs inte ut med adress utan hanteras manuellt.</source>
        <translation>Skyddade personuppgifter (R-TG-4): kommunen visas inte, och kallelsen skrivs inte ut med adress utan hanteras manuellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saknas (R-LI-6)</source>
        <translation>Saknas (R-LI-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse ska skickas.</source>
        <translation>Påminnelse ska skickas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla påminnelser skickade: ring eller markera Ej nåbar.</source>
        <translation>Alla påminnelser skickade: ring eller markera Ej nåbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date} (beräknat {computed})</source>
        <translation>{date} (beräknat {computed})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{paused} till {date}</source>
        <translation>{paused} till {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} 1 gång</source>
        <translation>{status} 1 gång</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} {count} gånger</source>
        <translation>{status} {count} gånger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, senast {date}</source>
        <translation>{status}, senast {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Eget datum {date} (beräknat {computed}): {note}.</source>
        <translation>Eget datum {date} (beräknat {computed}): {note}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eget datum {date} (beräknat {computed}).</source>
        <translation>Eget datum {date} (beräknat {computed}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pausad till {date}: {note}.</source>
        <translation>Pausad till {date}: {note}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausad till {date}.</source>
        <translation>Pausad till {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skyddad identitet: kallas manuellt, utan tryckt adress (R-TG-4).</source>
        <translation>Skyddad identitet: kallas manuellt, utan tryckt adress (R-TG-4).</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>recall_view</name>
    <message>
        <location filename="../../klinik_app/ui/recall_view.py" line="-677"/>
        <source>Alla</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarig tandläkare (R-LI-6)</source>
        <translation>Ingen ansvarig tandläkare (R-LI-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga patienter att kalla med de här filtren.</source>
        <translation>Inga patienter att kalla med de här filtren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj en patient i listan för att se varför revisionen infaller då.</source>
        <translation>Välj en patient i listan för att se varför revisionen infaller då.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utskriften avbröts; inga kallelser registrerades.</source>
        <translation>Utskriften avbröts; inga kallelser registrerades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denna månad</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa månad</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre månader</source>
        <translation>Tre månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget intervall</source>
        <translation>Eget intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påminnelse ska skickas</source>
        <translation>Påminnelse ska skickas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{patients}, ingen försenad</source>
        <translation>{patients}, ingen försenad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patients}, varav 1 försenad</source>
        <translation>{patients}, varav 1 försenad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patients}, varav {overdue} försenade</source>
        <translation>{patients}, varav {overdue} försenade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patienter</translation>
    </message>
</context>
<context>
    <name>record_copy_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/record_copy_dialog.py" line="-87"/>
        <source>Journalkopia</source>
        <translation>Journalkopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kopia av allt Klinik har om patienten, som PDF och som FHIR-fil. Till en annan vårdgivare bara med patientens eller vårdnadshavarens samtycke (R-SE-4). Kopian är kostnadsfri och utlämnandet registreras och loggas.</source>
        <translation>En kopia av allt Klinik har om patienten, som PDF och som FHIR-fil. Till en annan vårdgivare bara med patientens eller vårdnadshavarens samtycke (R-SE-4). Kopian är kostnadsfri och utlämnandet registreras och loggas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annan vårdgivare (med samtycke)</source>
        <translation>Annan vårdgivare (med samtycke)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten själv (egen begäran)</source>
        <translation>Patienten själv (egen begäran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vårdnadshavare (egen begäran)</source>
        <translation>Vårdnadshavare (egen begäran)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Journalkopia…</source>
        <translation>&amp;Journalkopia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopia av patientens journal till en annan vårdgivare eller till patienten (R-SE-4)</source>
        <translation>Kopia av patientens journal till en annan vårdgivare eller till patienten (R-SE-4)</translation>
    </message>
</context>
<context>
    <name>referral_list</name>
    <message>
        <location filename="../../klinik_app/ui/referral_list.py" line="-243"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Specialitet</source>
        <translation>Specialitet</translation>
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
        <translation>Skriven</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Skickad till</source>
        <translation>Skickad till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Att observera</source>
        <translation>Att observera</translation>
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
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Skicka senast</source>
        <translation>Skicka senast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skickad</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar utan svar</source>
        <translation>Dagar utan svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga remisser.</source>
        <translation>Inga remisser.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Remisser</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;misser</source>
        <translation>Re&amp;misser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remisser som måste skickas snart och remisser som väntar på svar</source>
        <translation>Remisser som måste skickas snart och remisser som väntar på svar</translation>
    </message>
</context>
<context>
    <name>register_view</name>
    <message>
        <location filename="../../klinik_app/ui/register_view.py" line="-217"/>
        <source>Sök på personnummer, namn eller telefon</source>
        <translation>Sök på personnummer, namn eller telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visar de första 200 träffarna – skriv mer för att begränsa</source>
        <translation>Visar de första 200 träffarna – skriv mer för att begränsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen patient matchar sökningen. Kontrollera stavningen, eller sök på personnummer eller telefon.</source>
        <translation>Ingen patient matchar sökningen. Kontrollera stavningen, eller sök på personnummer eller telefon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ålder</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skyddad – visas inte</source>
        <translation>Skyddad – visas inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eget val</source>
        <translation>Eget val</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 träff</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} träffar</source>
        <translation>{count} träffar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patienter</translation>
    </message>
</context>
<context>
    <name>retention_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/retention_dialog.py" line="-71"/>
        <source>GALLRA</source>
        <translation>GALLRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallra</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senaste anteckning</source>
        <translation>Senaste anteckning</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Gallring av journaler</source>
        <translation>Gallring av journaler</translation>
    </message>
</context>
<context>
    <name>revision_panel</name>
    <message>
        <location filename="../../klinik_app/ui/revision_panel.py" line="-266"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökare</source>
        <translation>Undersökare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervall</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deft / DFT</source>
        <translation>deft / DFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tobak</source>
        <translation>Tobak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bettkontroll</source>
        <translation>Bettkontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regelbrott</source>
        <translation>Regelbrott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga undersökningar registrerade.</source>
        <translation>Inga undersökningar registrerade.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ingen revision inom Hälsoval (fri tandvård upphör </source>
        <translation>Ingen revision inom Hälsoval (fri tandvård upphör </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> – passerat för 1 dag sedan</source>
        <translation> – passerat för 1 dag sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – passerat för {days} dagar sedan</source>
        <translation> – passerat för {days} dagar sedan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – i dag</source>
        <translation> – i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · tandläkare krävs</source>
        <translation> · tandläkare krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · tandläkare eller tandhygienist</source>
        <translation> · tandläkare eller tandhygienist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eget datum {override_due}</source>
        <translation>eget datum {override_due}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>orsak: {reason}</source>
        <translation>orsak: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tandsköterska (tandhälsokontroll)</source>
        <translation>Tandsköterska (tandhälsokontroll)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KPAT</source>
        <comment>initials of the four risk areas</comment>
        <translation>KPAT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ej angivet → {used} mån</source>
        <translation>ej angivet → {used} mån</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} → {used} mån</source>
        <translation>{planned} → {used} mån</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} mån</source>
        <translation>{planned} mån</translation>
    </message>
</context>
<context>
    <name>row_tables</name>
    <message>
        <location filename="../../klinik_app/ui/row_tables.py" line="+23"/>
        <source>Kolumnrubriker</source>
        <translation>Kolumnrubriker</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../klinik_app/services/absence.py" line="+1"/>
        <source>Öppen</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avslutad</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uppgiften finns inte längre. Uppdatera listan Att göra.</source>
        <translation>Uppgiften finns inte längre. Uppdatera listan Att göra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppgiften</source>
        <translation>Uppgiften</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Uppgiften är redan avslutad.</source>
        <translation>Uppgiften är redan avslutad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} kan inte ligga efter dagens datum ({today}).</source>
        <translation>{what} kan inte ligga efter dagens datum ({today}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brevet kan inte ha skickats före {opened_on}, då uppgiften öppnades.</source>
        <translation>Brevet kan inte ha skickats före {opened_on}, då uppgiften öppnades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ange datum för orosanmälan och vilket socialkontor den gick till.</source>
        <translation>Ange datum för orosanmälan och vilket socialkontor den gick till.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv skälet till att ingen orosanmälan görs (minst några ord).</source>
        <translation>Skriv skälet till att ingen orosanmälan görs (minst några ord).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Patienten har skyddad identitet: brevet skrivs inte ut med adress. Informera enligt klinikens rutin (R-TG-4).</source>
        <translation>Patienten har skyddad identitet: brevet skrivs inte ut med adress. Informera enligt klinikens rutin (R-TG-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adress saknas för patienten och vårdnadshavarna. Komplettera adressen och försök igen.</source>
        <translation>Adress saknas för patienten och vårdnadshavarna. Komplettera adressen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/accounts.py" line="-224"/>
        <source>Fel HSA-ID eller lösenord.</source>
        <translation>Fel HSA-ID eller lösenord.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lösenordet måste ha minst {min_length} tecken.</source>
        <translation>Lösenordet måste ha minst {min_length} tecken.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skärmen ska låsas efter {lowest} till {highest} minuter utan aktivitet. {minutes} minuter går inte att välja.</source>
        <translation>Skärmen ska låsas efter {lowest} till {highest} minuter utan aktivitet. {minutes} minuter går inte att välja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skärmlåset</source>
        <translation>Skärmlåset</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontot finns inte längre eller är avslutat. Logga in på nytt.</source>
        <translation>Kontot finns inte längre eller är avslutat. Logga in på nytt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Kontot är låst efter för många felaktiga försök, till kl. {until:%H:%M}. Försök igen då, eller be en administratör låsa upp det.</source>
        <translation>Kontot är låst efter för många felaktiga försök, till kl. {until:%H:%M}. Försök igen då, eller be en administratör låsa upp det.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{hsa_id} är inget aktivt konto i Klinik. En administratör lägger upp kontot.</source>
        <translation>{hsa_id} är inget aktivt konto i Klinik. En administratör lägger upp kontot.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Det finns inget konto med HSA-ID {hsa_id}.</source>
        <translation>Det finns inget konto med HSA-ID {hsa_id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Okänd roll: {roles}.</source>
        <translation>Okänd roll: {roles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett konto behöver minst en roll.</source>
        <translation>Ett konto behöver minst en roll.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kontot {hsa}</source>
        <translation>Kontot {hsa}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Namnet saknas.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Okänd yrkesroll: {profession}.</source>
        <translation>Okänd yrkesroll: {profession}.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Det måste finnas minst en aktiv administratör med lösenord.</source>
        <translation>Det måste finnas minst en aktiv administratör med lösenord.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Administratörens namn saknas.</source>
        <translation>Administratörens namn saknas.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/appointments.py" line="-262"/>
        <source>Skriv rummets namn (högst 100 tecken).</source>
        <translation>Skriv rummets namn (högst 100 tecken).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det finns redan ett rum som heter {name}. Välj ett annat namn.</source>
        <translation>Det finns redan ett rum som heter {name}. Välj ett annat namn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rummet finns inte längre.</source>
        <translation>Rummet finns inte längre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../klinik_app/services/audit.py" line="+553"/>
        <location filename="../../klinik_app/services/listing.py" line="-91"/>
        <location filename="../../klinik_app/services/patients.py" line="-331"/>
        <source>Patienten finns inte längre i registret.</source>
        <translation>Patienten finns inte längre i registret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den missade tiden som den nya tiden ersätter hör inte till patienten.</source>
        <translation>Den missade tiden som den nya tiden ersätter hör inte till patienten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Okänd typ av tid: {kind}.</source>
        <translation>Okänd typ av tid: {kind}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tiden är {status} och kan inte flyttas. Boka en ny tid i stället.</source>
        <translation>Tiden är {status} och kan inte flyttas. Boka en ny tid i stället.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden är {status}; bara en bokad tid kan bekräftas.</source>
        <translation>Tiden är {status}; bara en bokad tid kan bekräftas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden är redan {status}.</source>
        <translation>Tiden är redan {status}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiden har inte varit än. Markera utfallet när tiden har passerat.</source>
        <translation>Tiden har inte varit än. Markera utfallet när tiden har passerat.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Det finns ingen i personalen med HSA-id {caregiver_hsa_id}.</source>
        <translation>Det finns ingen i personalen med HSA-id {caregiver_hsa_id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rummet finns inte längre. Välj ett annat rum.</source>
        <translation>Rummet finns inte längre. Välj ett annat rum.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{who} har redan en tid {start:%Y-%m-%d %H:%M}–{end:%H:%M} som krockar med den här. Välj en annan tid.</source>
        <translation>{who} har redan en tid {start:%Y-%m-%d %H:%M}–{end:%H:%M} som krockar med den här. Välj en annan tid.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tiden finns inte längre i tidboken. Uppdatera vyn.</source>
        <translation>Tiden finns inte längre i tidboken. Uppdatera vyn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tiden {time} för {name}</source>
        <translation>Tiden {time} för {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tiden</source>
        <translation>Tiden</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_export.py" line="+54"/>
        <source>Klinikarkivet är skrivet till {folder}: {tables} tabeller, {rows} rader.</source>
        <translation>Klinikarkivet är skrivet till {folder}: {tables} tabeller, {rows} rader.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mappen {folder} är inte tom. Välj en ny, tom mapp för klinikarkivet.</source>
        <translation>Mappen {folder} är inte tom. Välj en ny, tom mapp för klinikarkivet.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Databasen har tabeller som den här versionen av Klinik inte känner till ({tables}). Uppdatera Klinik och försök igen.</source>
        <translation>Databasen har tabeller som den här versionen av Klinik inte känner till ({tables}). Uppdatera Klinik och försök igen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_import.py" line="+47"/>
        <source>Klinikarkivet är inläst: {tables} tabeller, {rows} rader (arkivets version {revision}).</source>
        <translation>Klinikarkivet är inläst: {tables} tabeller, {rows} rader (arkivets version {revision}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} saknas eller går inte att läsa. Välj mappen som innehåller ett klinikarkiv.</source>
        <translation>{path} saknas eller går inte att läsa. Välj mappen som innehåller ett klinikarkiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} beskriver inget klinikarkiv som den här versionen av Klinik kan läsa.</source>
        <translation>{path} beskriver inget klinikarkiv som den här versionen av Klinik kan läsa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filen {name} saknas i klinikarkivet. Arkivet är inte komplett; ingenting har lästs in.</source>
        <translation>Filen {name} saknas i klinikarkivet. Arkivet är inte komplett; ingenting har lästs in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} i klinikarkivet har ändrats efter att arkivet skrevs (kontrollsumman stämmer inte). Ingenting har lästs in; använd en oförändrad kopia av arkivet.</source>
        <translation>Filen {name} i klinikarkivet har ändrats efter att arkivet skrevs (kontrollsumman stämmer inte). Ingenting har lästs in; använd en oförändrad kopia av arkivet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klinikarkivet har skrivits av en nyare version av Klinik. Uppdatera Klinik och försök igen.</source>
        <translation>Klinikarkivet har skrivits av en nyare version av Klinik. Uppdatera Klinik och försök igen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Klinikarkivet innehåller tabeller som saknas i databasens schema ({tables}). Ingenting har lästs in.</source>
        <translation>Klinikarkivet innehåller tabeller som saknas i databasens schema ({tables}). Ingenting har lästs in.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Klinikarkivet hänvisar till rader som saknas i arkivet. Ingenting har lästs in.</source>
        <translation>Klinikarkivet hänvisar till rader som saknas i arkivet. Ingenting har lästs in.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Databasen innehåller redan uppgifter. Ett klinikarkiv läses bara in i en ny, tom databas: välj en ny databasfil (eller en tom PostgreSQL-databas).</source>
        <translation>Databasen innehåller redan uppgifter. Ett klinikarkiv läses bara in i en ny, tom databas: välj en ny databasfil (eller en tom PostgreSQL-databas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databasen har en åtkomstlogg. Ett klinikarkiv läses bara in i en ny, tom databas.</source>
        <translation>Databasen har en åtkomstlogg. Ett klinikarkiv läses bara in i en ny, tom databas.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/area_clinics.py" line="+34"/>
        <source>Kommunkoden ska vara fyra siffror, till exempel 2480 för Umeå.</source>
        <translation>Kommunkoden ska vara fyra siffror, till exempel 2480 för Umeå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postnumrets början ska vara 1–5 siffror, till exempel 903 eller 90326.</source>
        <translation>Postnumrets början ska vara 1–5 siffror, till exempel 903 eller 90326.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ange klinikens namn.</source>
        <translation>Ange klinikens namn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Områdesansvaret för {code} {prefix}</source>
        <translation>Områdesansvaret för {code} {prefix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Områdesansvaret för {code}</source>
        <translation>Områdesansvaret för {code}</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/audit.py" line="-437"/>
        <source>Åtkomstloggen måste sparas i minst {min_years} år (HSLF-FS 2016:40), så {years} år går inte att välja. Ange {min_years} år eller fler; standard är {default_years} år.</source>
        <translation>Åtkomstloggen måste sparas i minst {min_years} år (HSLF-FS 2016:40), så {years} år går inte att välja. Ange {min_years} år eller fler; standard är {default_years} år.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{years} år är orimligt länge. Ange högst {max_years} år.</source>
        <translation>{years} år är orimligt länge. Ange högst {max_years} år.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Perioden börjar {first_day}, efter att den slutar {last_day}. Rätta datumen.</source>
        <translation>Perioden börjar {first_day}, efter att den slutar {last_day}. Rätta datumen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okänd tid</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>{month:%Y-%m} är inte slut än, så {doing} förrän månaden är över.</source>
        <translation>{month:%Y-%m} är inte slut än, så {doing} förrän månaden är över.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stickprovet måste omfatta minst en post.</source>
        <translation>Stickprovet måste omfatta minst en post.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skriv vad granskningen kom fram till (till exempel ”Inga avvikelser”) innan den kvitteras.</source>
        <translation>Skriv vad granskningen kom fram till (till exempel ”Inga avvikelser”) innan den kvitteras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stickprovet gäller {sample_month:%Y-%m}, inte {month:%Y-%m}.</source>
        <translation>Stickprovet gäller {sample_month:%Y-%m}, inte {month:%Y-%m}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loggkontrollen för {month:%Y-%m} kvitterades redan {signed_on:%Y-%m-%d} av {name}. Ange att den nya kvitteringen ersätter den tidigare om den ska gälla i stället.</source>
        <translation>Loggkontrollen för {month:%Y-%m} kvitterades redan {signed_on:%Y-%m-%d} av {name}. Ange att den nya kvitteringen ersätter den tidigare om den ska gälla i stället.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det finns ingen kvittering för {month:%Y-%m} att ersätta.</source>
        <translation>Det finns ingen kvittering för {month:%Y-%m} att ersätta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stickprovet stämmer inte längre med loggen. Ta ett nytt stickprov och granska det.</source>
        <translation>Stickprovet stämmer inte längre med loggen. Ta ett nytt stickprov och granska det.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>1 åtkomst</source>
        <translation>1 åtkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} åtkomster</source>
        <translation>{count} åtkomster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggutdrag för {patient_name} ({period}): {entries}, skrivet till {path}. Utlämnandet är loggat.</source>
        <translation>Loggutdrag för {patient_name} ({period}): {entries}, skrivet till {path}. Utlämnandet är loggat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>från och med {first}</source>
        <translation>från och med {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till och med {last}</source>
        <translation>till och med {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hela den tid loggen omfattar</source>
        <translation>hela den tid loggen omfattar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>saknas</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}. Det noterade sigillet finns kvar i kedjan (post id {entry_id}).</source>
        <translation>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}. Det noterade sigillet finns kvar i kedjan (post id {entry_id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}.</source>
        <translation>Åtkomstloggen är oförändrad: {entries} poster, sigill {seal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 avvikelse</source>
        <translation>1 avvikelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} avvikelser</source>
        <translation>{count} avvikelser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åtkomstloggen har ändrats: {count} bland {entries} poster, den första vid post id {entry_id} ({at}). Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</source>
        <translation>Åtkomstloggen har ändrats: {count} bland {entries} poster, den första vid post id {entry_id} ({at}). Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åtkomstloggen har ändrats: {count} bland {entries} poster. Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</source>
        <translation>Åtkomstloggen har ändrats: {count} bland {entries} poster. Spara listan, ändra ingenting i databasen och kontakta verksamhetschefen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{seal}&apos; är inget sigill. Ange sigillet som det skrevs ut (64 tecken 0–9 och a–f), eller minst de 16 första tecknen.</source>
        <translation>&apos;{seal}&apos; är inget sigill. Ange sigillet som det skrevs ut (64 tecken 0–9 och a–f), eller minst de 16 första tecknen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Åtkomstloggen kan inte kontrolleras i en databas av typen {dialect}.</source>
        <translation>Åtkomstloggen kan inte kontrolleras i en databas av typen {dialect}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sigillet från loggkontrollen av {month} (kvitterad {signed_on}) finns inte längre i loggen: loggen har skrivits om eller kortats sedan dess.</source>
        <translation>Sigillet från loggkontrollen av {month} (kvitterad {signed_on}) finns inte längre i loggen: loggen har skrivits om eller kortats sedan dess.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Det noterade sigillet {seal}… finns inte i loggen: loggen har skrivits om eller kortats sedan sigillet noterades.</source>
        <translation>Det noterade sigillet {seal}… finns inte i loggen: loggen har skrivits om eller kortats sedan sigillet noterades.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+92"/>
        <source>post id {entry_id} ({at})</source>
        <translation>post id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Post id {entry_id} ({at})</source>
        <translation>Post id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} har lagts in i efterhand: den ingår inte i kedjan.</source>
        <translation>{where} har lagts in i efterhand: den ingår inte i kedjan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} ligger i fel ordning i kedjan: den hör hemma efter post id {home_id}.</source>
        <translation>{where} ligger i fel ordning i kedjan: den hör hemma efter post id {home_id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} ligger i fel ordning i kedjan.</source>
        <translation>{where} ligger i fel ordning i kedjan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} har ändrats: innehållet stämmer inte med postens kontrollsumma.</source>
        <translation>{where} har ändrats: innehållet stämmer inte med postens kontrollsumma.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poster har tagits bort i början av loggen, före {where}.</source>
        <translation>Poster har tagits bort i början av loggen, före {where}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id {entry_id} saknas</source>
        <translation>id {entry_id} saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {first_id}–{last_id} saknas</source>
        <translation>id {first_id}–{last_id} saknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poster har tagits bort mellan {before} och {where}: {missing}.</source>
        <translation>Poster har tagits bort mellan {before} och {where}: {missing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kedjan bryts mellan {before} och {where}: poster däremellan har tagits bort, eller post id {entry_id} har ändrats och fått en ny kontrollsumma.</source>
        <translation>Kedjan bryts mellan {before} och {where}: poster däremellan har tagits bort, eller post id {entry_id} har ändrats och fått en ny kontrollsumma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loggens sigill saknas: det har tagits bort. Poster som tagits bort i slutet av loggen kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</source>
        <translation>Loggens sigill saknas: det har tagits bort. Poster som tagits bort i slutet av loggen kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loggens sigill har tagits bort och gjorts om {at}: poster som togs bort i slutet av loggen före dess kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</source>
        <translation>Loggens sigill har tagits bort och gjorts om {at}: poster som togs bort i slutet av loggen före dess kan inte upptäckas; jämför med ett noterat sigill (klinik audit verify --expect SIGILL).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loggen har {count} poster men sigillet anger {sealed_count}: poster har tagits bort eller lagts till utanför programmet.</source>
        <translation>Loggen har {count} poster men sigillet anger {sealed_count}: poster har tagits bort eller lagts till utanför programmet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>loggens början</source>
        <translation>loggens början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} poster efter {after} har lagts till utanför programmet (sigillet har inte följt med); den sista är post id {last_id}.</source>
        <translation>{count} poster efter {after} har lagts till utanför programmet (sigillet har inte följt med); den sista är post id {last_id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sista post id {entry_id} ({at})</source>
        <translation>sista post id {entry_id} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inga poster</source>
        <translation>inga poster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loggen är tom, men sigillet anger {sealed_count} poster ({sealed}).</source>
        <translation>Loggen är tom, men sigillet anger {sealed_count} poster ({sealed}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poster har tagits bort i slutet av loggen: den slutar vid post id {last_id} ({at}), men sigillet anger {sealed_count} poster och {sealed}; {missing} poster saknas.</source>
        <translation>Poster har tagits bort i slutet av loggen: den slutar vid post id {last_id} ({at}), men sigillet anger {sealed_count} poster och {sealed}; {missing} poster saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sista posten, id {last_id} ({at}), stämmer inte med sigillet ({sealed}): den har ändrats och fått en ny kontrollsumma, eller loggens slut har tagits bort och skrivits om.</source>
        <translation>Sista posten, id {last_id} ({at}), stämmer inte med sigillet ({sealed}): den har ändrats och fått en ny kontrollsumma, eller loggens slut har tagits bort och skrivits om.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/backup.py" line="+4"/>
        <source>Databasen är en PostgreSQL-server. Den säkerhetskopieras med serverns egen säkerhetskopiering (pg_dump eller serverns rutin), inte av Klinik. Be den som sköter databasservern om hjälp.</source>
        <translation>Databasen är en PostgreSQL-server. Den säkerhetskopieras med serverns egen säkerhetskopiering (pg_dump eller serverns rutin), inte av Klinik. Be den som sköter databasservern om hjälp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manuell</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daglig</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vid avslut</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före återställning</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Före uppdatering</source>
        <translation>Före uppdatering</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Säkerhetskopior ska sparas i minst {min_days} dagar (högst {max_days} dagar), så {keep_days} dagar går inte att välja.</source>
        <translation>Säkerhetskopior ska sparas i minst {min_days} dagar (högst {max_days} dagar), så {keep_days} dagar går inte att välja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ange hur många av de senaste kopiorna som alltid sparas: 1 till {max_count}.</source>
        <translation>Ange hur många av de senaste kopiorna som alltid sparas: 1 till {max_count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inställningarna för säkerhetskopior</source>
        <translation>Inställningarna för säkerhetskopior</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Klinik kan inte skriva i mappen {folder} ({reason}). Ingenting har sparats. Välj en mapp där du får skapa filer, till exempel på en extern disk eller en nätverksenhet.</source>
        <translation>Klinik kan inte skriva i mappen {folder} ({reason}). Ingenting har sparats. Välj en mapp där du får skapa filer, till exempel på en extern disk eller en nätverksenhet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Filen kunde inte öppnas.</source>
        <translation>Filen kunde inte öppnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopian är skadad.</source>
        <translation>Kopian är skadad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen är ingen Klinik-databas.</source>
        <translation>Filen är ingen Klinik-databas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filen är skadad eller ingen databas.</source>
        <translation>Filen är skadad eller ingen databas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopian kommer från en nyare version av Klinik eller är ingen Klinik-databas.</source>
        <translation>Kopian kommer från en nyare version av Klinik eller är ingen Klinik-databas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Det är databasen själv.</source>
        <translation>Det är databasen själv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säkerhetskopian {backup} kan inte återställas: {problem} Databasen är oförändrad.</source>
        <translation>Säkerhetskopian {backup} kan inte återställas: {problem} Databasen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/capacity.py" line="+109"/>
        <source>Okänt slag av undantag &apos;{kind}&apos;. Välj ledighet eller extra dag.</source>
        <translation>Okänt slag av undantag &apos;{kind}&apos;. Välj ledighet eller extra dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undantaget {first_day}–{last_day} slutar innan det börjar. Rätta datumen.</source>
        <translation>Undantaget {first_day}–{last_day} slutar innan det börjar. Rätta datumen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>den extra dagen {day}</source>
        <translation>den extra dagen {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbetstider läggs bara in för tandläkare och tandhygienister. Välj en av dem.</source>
        <translation>Arbetstider läggs bara in för tandläkare och tandhygienister. Välj en av dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbetstiderna har sparats på en annan arbetsstation sedan du öppnade dem. Ingenting sparades. Stäng och öppna Arbetstider igen för att se dem; det du skrev finns kvar här.</source>
        <translation>Arbetstiderna har sparats på en annan arbetsstation sedan du öppnade dem. Ingenting sparades. Stäng och öppna Arbetstider igen för att se dem; det du skrev finns kvar här.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>okänd veckodag</source>
        <translation>okänd veckodag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbetstiden för {what} måste sluta efter att den börjar, samma dag. Rätta tiderna.</source>
        <translation>Arbetstiden för {what} måste sluta efter att den börjar, samma dag. Rätta tiderna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Andelen revisionstid för {what} ska vara mellan 0 och 100 procent.</source>
        <translation>Andelen revisionstid för {what} ska vara mellan 0 och 100 procent.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/clinic.py" line="+16"/>
        <source>Ange gatuadress, postnummer och postort.</source>
        <translation>Ange gatuadress, postnummer och postort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange klinikens namn. Det står överst på alla brev.</source>
        <translation>Ange klinikens namn. Det står överst på alla brev.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <source>Regelverket &apos;{rule_set_id}&apos; finns inte. Tillgängliga: {rule_sets}.</source>
        <translation>Regelverket &apos;{rule_set_id}&apos; finns inte. Tillgängliga: {rule_sets}.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Klinikens uppgifter</source>
        <translation>Klinikens uppgifter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen har ingen klinik än.</source>
        <translation>Databasen har ingen klinik än.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Klinikens namn saknas.</source>
        <translation>Klinikens namn saknas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Databasen tillhör redan kliniken {clinic} ({hsa_id}). En databas hör till en enda klinik.</source>
        <translation>Databasen tillhör redan kliniken {clinic} ({hsa_id}). En databas hör till en enda klinik.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/concurrency.py" line="+32"/>
        <source>(tomt)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ändras inte)</source>
        <translation>(ändras inte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} har ändrats på en annan arbetsstation av {by} {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} har ändrats på en annan arbetsstation av {by} {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation av {by} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} har ändrats på en annan arbetsstation av {by} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} har ändrats på en annan arbetsstation {at} sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</source>
        <translation>{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna uppgifterna igen och gör om ändringen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/demo.py" line="+117"/>
        <source>Antalet patienter måste vara minst 1.</source>
        <translation>Antalet patienter måste vara minst 1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databasen har ingen klinik än. Kör först: klinik init --clinic-hsa-id ... --clinic-name ...</source>
        <translation>Databasen har ingen klinik än. Kör först: klinik init --clinic-hsa-id ... --clinic-name ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen har redan patienter. Demodata kan bara läggas i en ny, tom databas.</source>
        <translation>Databasen har redan patienter. Demodata kan bara läggas i en ny, tom databas.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/deviations.py" line="+43"/>
        <source>Avvikelsen finns inte längre.</source>
        <translation>Avvikelsen finns inte längre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Någon annan har just ändrat avvikelsen. Den visas nu som den är; gör steget igen.</source>
        <translation>Någon annan har just ändrat avvikelsen. Den visas nu som den är; gör steget igen.</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Avvikelsen är redan avslutad.</source>
        <translation>Avvikelsen är redan avslutad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara avvikelser som gäller en annan part har ett svar att registrera.</source>
        <translation>Bara avvikelser som gäller en annan part har ett svar att registrera.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Det finns ingen patient med det personnumret i registret.</source>
        <translation>Det finns ingen patient med det personnumret i registret.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/emergency.py" line="+116"/>
        <source>Ange patientens för- och efternamn.</source>
        <translation>Ange patientens för- och efternamn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Välj var patienten bor (i länet, tillfälligt utanför eller i ett annat län).</source>
        <translation>Välj var patienten bor (i länet, tillfälligt utanför eller i ett annat län).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv kort vilka besvär patienten hade och vad som gjordes.</source>
        <translation>Skriv kort vilka besvär patienten hade och vad som gjordes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besöksdatumet kan inte ligga i framtiden.</source>
        <translation>Besöksdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+20"/>
        <location filename="../../klinik_app/services/treatments.py" line="-68"/>
        <source>Akutbesöket finns inte längre.</source>
        <translation>Akutbesöket finns inte längre.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Ange både klinikens HSA-id och namn.</source>
        <translation>Ange både klinikens HSA-id och namn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Patientens egen klinik är inte känd ännu. Rapporten kan skrivas när betalaren har fastställts (listan Betalare okänd).</source>
        <translation>Patientens egen klinik är inte känd ännu. Rapporten kan skrivas när betalaren har fastställts (listan Betalare okänd).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Det finns inga akutbesök att fakturera för {month:%Y-%m}. {waiting} besök väntar på att betalaren blir känd.</source>
        <translation>Det finns inga akutbesök att fakturera för {month:%Y-%m}. {waiting} besök väntar på att betalaren blir känd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns inga akutbesök att fakturera för {month:%Y-%m}.</source>
        <translation>Det finns inga akutbesök att fakturera för {month:%Y-%m}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/errors.py" line="+41"/>
        <source>Databasfilen är skrivskyddad, så Klinik kan inte spara något i den. Ta bort skrivskyddet i filens egenskaper, eller be IT om skrivrätt till filen och dess mapp, och starta sedan Klinik igen.</source>
        <translation>Databasfilen är skrivskyddad, så Klinik kan inte spara något i den. Ta bort skrivskyddet i filens egenskaper, eller be IT om skrivrätt till filen och dess mapp, och starta sedan Klinik igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen hålls låst av ett annat program (kanske Klinik i ett annat användarkonto eller ett program som kopierar filen). Stäng det programmet och försök igen.</source>
        <translation>Databasen hålls låst av ett annat program (kanske Klinik i ett annat användarkonto eller ett program som kopierar filen). Stäng det programmet och försök igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databasfilen är skadad eller ingen Klinik-databas. Återställ den senaste hela säkerhetskopian (fönstret erbjuder det vid start; annars kommandot klinik restore FIL), eller kontakta support.</source>
        <translation>Databasfilen är skadad eller ingen Klinik-databas. Återställ den senaste hela säkerhetskopian (fönstret erbjuder det vid start; annars kommandot klinik restore FIL), eller kontakta support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disken är full. Ingenting från det här steget har sparats, och det som sparats tidigare finns kvar. Frigör utrymme på disken (eller be IT om hjälp) och försök sedan igen.</source>
        <translation>Disken är full. Ingenting från det här steget har sparats, och det som sparats tidigare finns kvar. Frigör utrymme på disken (eller be IT om hjälp) och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databasen används just nu av ett annat program. Vänta en stund och försök igen.</source>
        <translation>Databasen används just nu av ett annat program. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen är skrivskyddad. Kontrollera filens behörigheter eller välj en annan databas.</source>
        <translation>Databasen är skrivskyddad. Kontrollera filens behörigheter eller välj en annan databas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasfilen är skadad eller ingen Klinik-databas. Återställ den från en säkerhetskopia.</source>
        <translation>Databasfilen är skadad eller ingen Klinik-databas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasfilen kunde inte öppnas. Kontrollera sökvägen och behörigheterna.</source>
        <translation>Databasfilen kunde inte öppnas. Kontrollera sökvägen och behörigheterna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasservern svarar inte. Kontrollera adressen och att servern är igång.</source>
        <translation>Databasservern svarar inte. Kontrollera adressen och att servern är igång.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett databasfel inträffade; ingenting har ändrats. Försök igen, och kontakta support om det upprepas.</source>
        <translation>Ett databasfel inträffade; ingenting har ändrats. Försök igen, och kontakta support om det upprepas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Filen {file} kunde inte läsas eller skrivas: {reason}.</source>
        <translation>Filen {file} kunde inte läsas eller skrivas: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen kunde inte läsas eller skrivas: {reason}.</source>
        <translation>Filen kunde inte läsas eller skrivas: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett oväntat fel inträffade ({error}). Ingenting har ändrats. Detaljer finns i loggen i {log_dir}.</source>
        <translation>Ett oväntat fel inträffade ({error}). Ingenting har ändrats. Detaljer finns i loggen i {log_dir}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/examinations.py" line="+160"/>
        <source>Det finns redan en undersökning av {role} {date} för patienten. Öppna historiken och kontrollera den.</source>
        <translation>Det finns redan en undersökning av {role} {date} för patienten. Öppna historiken och kontrollera den.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/indicator_report.py" line="+51"/>
        <source>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda. {missing_plans} missade mål saknar handlingsplan.</source>
        <translation>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda. {missing_plans} missade mål saknar handlingsplan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda.</source>
        <translation>Uppföljningsrapporten är skriven till {path}: {indicators} indikatorer, {met} mål uppfyllda, {close} nära, {missed} ej uppfyllda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Periodens första dag ligger efter dess sista dag. Byt plats på datumen.</source>
        <translation>Periodens första dag ligger efter dess sista dag. Byt plats på datumen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Adressen till {orderer} saknas. Fyll i den under Arkiv → Beställare och mål.</source>
        <translation>Adressen till {orderer} saknas. Fyll i den under Arkiv → Beställare och mål.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Formatet ska vara pdf eller csv.</source>
        <translation>Formatet ska vara pdf eller csv.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/indicators.py" line="+147"/>
        <source>Periodens slut ({last_day}) ligger före dess början ({first_day}).</source>
        <translation>Periodens slut ({last_day}) ligger före dess början ({first_day}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Okänd indikator: {unknown}. Kända: {known}.</source>
        <translation>Okänd indikator: {unknown}. Kända: {known}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Listad ({listing_type}) sedan {start}, räknad {day}</source>
        <translation>Listad ({listing_type}) sedan {start}, räknad {day}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Ingen revision inom Hälsoval</source>
        <translation>Ingen revision inom Hälsoval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förföll {due} ({days} dagar sedan)</source>
        <translation>Förföll {due} ({days} dagar sedan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förfaller {due}</source>
        <translation>Förfaller {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}; {reason}</source>
        <translation>{detail}; {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{day} {fee} kr</source>
        <translation>{day} {fee} kr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} (ny tid senast {deadline})</source>
        <translation>{day} (ny tid senast {deadline})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblev {days}</source>
        <translation>Uteblev {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avgift {days}</source>
        <translation>Avgift {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen ny tid i tid efter {days}</source>
        <translation>Ingen ny tid i tid efter {days}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Listad (val) när listningsstoppet infördes {start}</source>
        <translation>Listad (val) när listningsstoppet infördes {start}</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing.py" line="+36"/>
        <source>Ange hur samtycket lämnades: på plats, telefon, papper eller e-tjänst.</source>
        <translation>Ange hur samtycket lämnades: på plats, telefon, papper eller e-tjänst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patienten är redan listad här genom eget val.</source>
        <translation>Patienten är redan listad här genom eget val.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{hsa_id} är ingen aktiv tandläkare vid kliniken (R-LI-6).</source>
        <translation>{hsa_id} är ingen aktiv tandläkare vid kliniken (R-LI-6).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listningen</source>
        <translation>Listningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listningen finns inte längre.</source>
        <translation>Listningen finns inte längre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Välj varför listningen avslutas.</source>
        <translation>Välj varför listningen avslutas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listningen är redan avslutad.</source>
        <translation>Listningen är redan avslutad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatumet kan inte ligga före listningens början.</source>
        <translation>Slutdatumet kan inte ligga före listningens början.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listningen är redan markerad som felregistrerad.</source>
        <translation>Listningen är redan markerad som felregistrerad.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_documents.py" line="+44"/>
        <source>Klinikens adress saknas. Fyll i den under Dokument → Klinikens uppgifter innan brev skrivs ut.</source>
        <translation>Klinikens adress saknas. Fyll i den under Dokument → Klinikens uppgifter innan brev skrivs ut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../klinik_app/services/listing_stop.py" line="+10"/>
        <source>Listningsstoppet finns inte längre.</source>
        <translation>Listningsstoppet finns inte längre.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Det finns inga listade patienter med adress att skriva till.</source>
        <translation>Det finns inga listade patienter med adress att skriva till.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Inga patienter med skyddad identitet var listade under {month:%Y-%m}.</source>
        <translation>Inga patienter med skyddad identitet var listade under {month:%Y-%m}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_stop.py" line="-30"/>
        <source>Ett listningsstopp kan inte börja före dagens datum.</source>
        <translation>Ett listningsstopp kan inte börja före dagens datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det finns redan ett listningsstopp från {start_date}.</source>
        <translation>Det finns redan ett listningsstopp från {start_date}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listningsstoppet</source>
        <translation>Listningsstoppet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listningsstoppet är redan upphävt.</source>
        <translation>Listningsstoppet är redan upphävt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stoppet kan inte upphöra före sitt första datum.</source>
        <translation>Stoppet kan inte upphöra före sitt första datum.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/orderers.py" line="+53"/>
        <source>{name}: målet nåddes inte {first}–{last} ({target}). Lägg in en handlingsplan.</source>
        <translation>{name}: målet nåddes inte {first}–{last} ({target}). Lägg in en handlingsplan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Beställare {orderer_id} finns inte. Beställarna finns under Arkiv → Beställare och mål.</source>
        <translation>Beställare {orderer_id} finns inte. Beställarna finns under Arkiv → Beställare och mål.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Ange beställarens namn.</source>
        <translation>Ange beställarens namn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beställaren {name}</source>
        <translation>Beställaren {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beställaren har tagits bort på en annan arbetsstation.</source>
        <translation>Beställaren har tagits bort på en annan arbetsstation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det finns redan en beställare som heter {name}. Välj den i listan i stället.</source>
        <translation>Det finns redan en beställare som heter {name}. Välj den i listan i stället.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Avtalet {year}</source>
        <translation>Avtalet {year}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{indicator} följs bara upp som antal och har inget mål att jämföra med.</source>
        <translation>{indicator} följs bara upp som antal och har inget mål att jämföra med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Målvärdet och marginalen ska vara tal som är 0 eller större.</source>
        <translation>Målvärdet och marginalen ska vara tal som är 0 eller större.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Målet för {indicator} {year}</source>
        <translation>Målet för {indicator} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} finns inte längre (borttaget på en annan arbetsstation).</source>
        <translation>{what} finns inte längre (borttaget på en annan arbetsstation).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Avtalet {year} har inga mål att kopiera.</source>
        <translation>Avtalet {year} har inga mål att kopiera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skriv vad som ska göras, vem som ansvarar och när det ska vara klart.</source>
        <translation>Skriv vad som ska göras, vem som ansvarar och när det ska vara klart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Handlingsplanen för {indicator}</source>
        <translation>Handlingsplanen för {indicator}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Handlingsplanen har tagits bort på en annan arbetsstation.</source>
        <translation>Handlingsplanen har tagits bort på en annan arbetsstation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handlingsplanen har redan tagits bort på en annan arbetsstation.</source>
        <translation>Handlingsplanen har redan tagits bort på en annan arbetsstation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handlingsplanen</source>
        <translation>Handlingsplanen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ange avtalets år med fyra siffror, till exempel 2027.</source>
        <translation>Ange avtalets år med fyra siffror, till exempel 2027.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klinik känner inte till indikatorn {indicator_id}.</source>
        <translation>Klinik känner inte till indikatorn {indicator_id}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Beställare {orderer_id} finns inte.</source>
        <translation>Beställare {orderer_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patient_import.py" line="+51"/>
        <source>En annan användare ändrade patientuppgifter medan importen pågick. Ingenting har importerats; kör importen igen.</source>
        <translation>En annan användare ändrade patientuppgifter medan importen pågick. Ingenting har importerats; kör importen igen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patient_lookup.py" line="+24"/>
        <source>Det finns ingen patient med det personnumret i registret. Kontrollera numret.</source>
        <translation>Det finns ingen patient med det personnumret i registret. Kontrollera numret.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/patients.py" line="+211"/>
        <source>I målgruppen (R-TG-1, R-TG-2): folkbokförd i länet, ingår till och med {end}.</source>
        <translation>I målgruppen (R-TG-1, R-TG-2): folkbokförd i länet, ingår till och med {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utanför målgruppen (R-TG-2): folkbokförd utanför länet.</source>
        <translation>Utanför målgruppen (R-TG-2): folkbokförd utanför länet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>R-LI-6: Ansvarig tandläkare saknas.</source>
        <translation>R-LI-6: Ansvarig tandläkare saknas.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Skriv varför du behöver uppgifterna (minst {min_length} tecken). Skälet loggas.</source>
        <translation>Skriv varför du behöver uppgifterna (minst {min_length} tecken). Skälet loggas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patienten har inte skyddad identitet; uppgifterna står redan på patientkortet.</source>
        <translation>Patienten har inte skyddad identitet; uppgifterna står redan på patientkortet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ange vilket språk tolken ska tala.</source>
        <translation>Ange vilket språk tolken ska tala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patienten</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/permissions.py" line="+17"/>
        <source>Du har inte behörighet att {action}. Det får {roles}.</source>
        <translation>Du har inte behörighet att {action}. Det får {roles}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/proposals.py" line="+87"/>
        <source>1 föreslagna tider bokade (inte bekräftade).</source>
        <translation>1 föreslagna tider bokade (inte bekräftade).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} föreslagna tider bokade (inte bekräftade).</source>
        <translation>{count} föreslagna tider bokade (inte bekräftade).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</source>
        <translation>1 kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</source>
        <translation>{count} kunde inte bokas: tiden hade tagits under tiden. Föreslå igen för dem.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Periodens slut ligger före dess början (eller före i dag). Välj en senare period.</source>
        <translation>Periodens slut ligger före dess början (eller före i dag). Välj en senare period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Föreslå tider för högst tre månader i taget.</source>
        <translation>Föreslå tider för högst tre månader i taget.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Välj en tandläkare eller tandhygienist som finns med i planeringen.</source>
        <translation>Välj en tandläkare eller tandhygienist som finns med i planeringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj en dag i perioden {first_day}–{last_day}.</source>
        <translation>Välj en dag i perioden {first_day}–{last_day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisionen ska göras senast {due_date}. Välj en tidigare dag.</source>
        <translation>Revisionen ska göras senast {due_date}. Välj en tidigare dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patienten ska undersökas av tandläkare (R-RV-3, R-RV-4, R-RV-6). Välj en tandläkare.</source>
        <translation>Patienten ska undersökas av tandläkare (R-RV-3, R-RV-4, R-RV-6). Välj en tandläkare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Det finns inga förslag att godkänna. Föreslå tider först.</source>
        <translation>Det finns inga förslag att godkänna. Föreslå tider först.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>patienten har redan en revisionstid</source>
        <translation>patienten har redan en revisionstid</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall.py" line="-101"/>
        <source>Påminnelserna</source>
        <translation>Påminnelserna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>En påminnelse ska skickas {low_days} till {high_days} dagar efter kallelsen. {days} dagar går inte att välja.</source>
        <translation>En påminnelse ska skickas {low_days} till {high_days} dagar efter kallelsen. {days} dagar går inte att välja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange {low_count} till {high_count} påminnelser (0: ingen påminnelse, kliniken ringer i stället).</source>
        <translation>Ange {low_count} till {high_count} påminnelser (0: ingen påminnelse, kliniken ringer i stället).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{paused} till {date}</source>
        <translation>{paused} till {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} 1 gång</source>
        <translation>{status} 1 gång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} {count} gånger</source>
        <translation>{status} {count} gånger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, senast {date}</source>
        <translation>{status}, senast {date}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Kallelsen för {name}</source>
        <translation>Kallelsen för {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Kallelsen</source>
        <translation>Kallelsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv en orsak. Den sparas med ändringen så att kollegorna ser varför.</source>
        <translation>Skriv en orsak. Den sparas med ändringen så att kollegorna ser varför.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orsaken får vara högst 200 tecken.</source>
        <translation>Orsaken får vara högst 200 tecken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Okänd kallelsestatus &apos;{status}&apos;.</source>
        <translation>Okänd kallelsestatus &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Det egna datumet ligger i det förflutna. Välj dagens datum eller ett senare.</source>
        <translation>Det egna datumet ligger i det förflutna. Välj dagens datum eller ett senare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pausen måste gälla till ett datum efter i dag.</source>
        <translation>Pausen måste gälla till ett datum efter i dag.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Periodens slut ligger före dess början.</source>
        <translation>Periodens slut ligger före dess början.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Markera minst en patient i listan först.</source>
        <translation>Markera minst en patient i listan först.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/recall_list.py" line="+190"/>
        <source>--to ({last_day}) ligger före --from ({first_day}). Ange en period där --from kommer först.</source>
        <translation>--to ({last_day}) ligger före --from ({first_day}). Ange en period där --from kommer först.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/record_copy.py" line="+173"/>
        <source>{first} och {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat. Uppgiften om journalkopia är avslutad.</source>
        <translation>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat. Uppgiften om journalkopia är avslutad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat.</source>
        <translation>Journalkopia för {patient_name} till {recipient}: {sections} avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är registrerat och loggat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Välj minst en fil att spara kopian i (PDF eller FHIR).</source>
        <translation>Välj minst en fil att spara kopian i (PDF eller FHIR).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patienten har skyddad identitet. Skriv varför kopian lämnas ut (minst {min_length} tecken). Skälet loggas.</source>
        <translation>Patienten har skyddad identitet. Skriv varför kopian lämnas ut (minst {min_length} tecken). Skälet loggas.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Datumet kan inte ligga efter dagens datum ({today}).</source>
        <translation>Datumet kan inte ligga efter dagens datum ({today}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det finns ingen öppen uppgift om journalkopia för patienten. Uppdatera listan Att göra.</source>
        <translation>Det finns ingen öppen uppgift om journalkopia för patienten. Uppdatera listan Att göra.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/referrals.py" line="-91"/>
        <source>Välj vilken specialitet remissen gäller.</source>
        <translation>Välj vilken specialitet remissen gäller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv varför patienten remitteras.</source>
        <translation>Skriv varför patienten remitteras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten finns inte längre. Uppdatera vyn.</source>
        <translation>Patienten finns inte längre. Uppdatera vyn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skriv vilken klinik remissen skickas till.</source>
        <translation>Skriv vilken klinik remissen skickas till.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remissen kan inte ha skickats innan den skrevs.</source>
        <translation>Remissen kan inte ha skickats innan den skrevs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj vad svaret blev.</source>
        <translation>Välj vad svaret blev.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Svaret kan inte ha kommit innan remissen skickades ({sent_on}).</source>
        <translation>Svaret kan inte ha kommit innan remissen skickades ({sent_on}).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remissen</source>
        <translation>Remissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remissen finns inte längre. Uppdatera vyn.</source>
        <translation>Remissen finns inte längre. Uppdatera vyn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remissen ({specialty})</source>
        <translation>Remissen ({specialty})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} kan inte vara ett datum efter i dag ({today}).</source>
        <translation>{what} kan inte vara ett datum efter i dag ({today}).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/retention.py" line="+14"/>
        <source>Journalernas lagringstid</source>
        <translation>Journalernas lagringstid</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Välj minst en journal att gallra.</source>
        <translation>Välj minst en journal att gallra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv en kommentar om granskningen innan journalerna gallras.</source>
        <translation>Skriv en kommentar om granskningen innan journalerna gallras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} av de valda journalerna har inte passerat lagringstiden (eller finns inte längre). Ingenting har gallrats; gör om granskningen.</source>
        <translation>{count} av de valda journalerna har inte passerat lagringstiden (eller finns inte längre). Ingenting har gallrats; gör om granskningen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/snapshots.py" line="+199"/>
        <source>Okänd gruppering &apos;{by}&apos;. Välj en av: {groupings}.</source>
        <translation>Okänd gruppering &apos;{by}&apos;. Välj en av: {groupings}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/sync.py" line="-322"/>
        <source>Adressen till regionens listningstjänst är inte inställd. Ange --server URL eller ställ in den under Inställningar.</source>
        <translation>Adressen till regionens listningstjänst är inte inställd. Ange --server URL eller ställ in den under Inställningar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ange både klientcertifikat och nyckel (--client-cert och --client-key).</source>
        <translation>Ange både klientcertifikat och nyckel (--client-cert och --client-key).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Databasen har ingen klinik än. Kör klinik init först.</source>
        <translation>Databasen har ingen klinik än. Kör klinik init först.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En annan arbetsstation synkroniserar just nu; försök igen om en stund.</source>
        <translation>En annan arbetsstation synkroniserar just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{count} ändring skickade</source>
        <translation>{count} ändring skickade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ändringar skickade</source>
        <translation>{count} ändringar skickade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} från regionen ({details})</source>
        <translation>{count} från regionen ({details})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} från regionen</source>
        <translation>{count} från regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikt</source>
        <translation>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikter</source>
        <translation>{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stopped} Kön: {queue}.</source>
        <translation>{stopped} Kön: {queue}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stopped} Inget har gått förlorat. Kön: {queue}.</source>
        <translation>{stopped} Inget har gått förlorat. Kön: {queue}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synkroniserat med regionen: {done}. Kön: {queue}. Se listan över ändringar som behöver åtgärd.</source>
        <translation>Synkroniserat med regionen: {done}. Kön: {queue}. Se listan över ändringar som behöver åtgärd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synkroniserat med regionen: {done}. Kön: {queue}.</source>
        <translation>Synkroniserat med regionen: {done}. Kön: {queue}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} nya patienter</source>
        <translation>{count} nya patienter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} nya listningar</source>
        <translation>{count} nya listningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} avslutade listningar</source>
        <translation>{count} avslutade listningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ändrade patientuppgifter</source>
        <translation>{count} ändrade patientuppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} med skyddad identitet</source>
        <translation>{count} med skyddad identitet</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>skickas igen</source>
        <translation>skickas igen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dras tillbaka</source>
        <translation>dras tillbaka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>den är redan skickad till regionen</source>
        <translation>den är redan skickad till regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den är redan tillbakadragen</source>
        <translation>den är redan tillbakadragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den är redan i kön</source>
        <translation>den är redan i kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>den har skickats igen sedan listan visades, och regionen har svarat på nytt</source>
        <translation>den har skickats igen sedan listan visades, och regionen har svarat på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>den har lagts i kön igen sedan listan visades</source>
        <translation>den har lagts i kön igen sedan listan visades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>den finns inte längre</source>
        <translation>den finns inte längre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ändringen kan inte {what}: {state}. Ingenting har ändrats. Listan har uppdaterats.</source>
        <translation>Ändringen kan inte {what}: {state}. Ingenting har ändrats. Listan har uppdaterats.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Synkinställningarna</source>
        <translation>Synkinställningarna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</source>
        <translation>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj både klientcertifikat och nyckel, eller ingen av dem.</source>
        <translation>Välj både klientcertifikat och nyckel, eller ingen av dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervallet ska vara mellan 0 (av) och {max_minutes} minuter.</source>
        <translation>Intervallet ska vara mellan 0 (av) och {max_minutes} minuter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} finns inte: {path}. Välj en befintlig PEM-fil.</source>
        <translation>{label} finns inte: {path}. Välj en befintlig PEM-fil.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Ändringen är inte längre en konflikt (den har skickats, dragits tillbaka eller lagts i kön). Listan har uppdaterats.</source>
        <translation>Ändringen är inte längre en konflikt (den har skickats, dragits tillbaka eller lagts i kön). Listan har uppdaterats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Klinikens version kan inte visas: {error}</source>
        <translation>Klinikens version kan inte visas: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten har skyddad identitet: ändringen skickas aldrig till regionen (R-TG-4).</source>
        <translation>Patienten har skyddad identitet: ändringen skickas aldrig till regionen (R-TG-4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Regionens version har ändrats sedan jämförelsen eller har inte hämtats hit än. Öppna jämförelsen igen.</source>
        <translation>Regionens version har ändrats sedan jämförelsen eller har inte hämtats hit än. Öppna jämförelsen igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skickas igen utifrån regionens version</source>
        <translation>skickas igen utifrån regionens version</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/treatments.py" line="-106"/>
        <source>{schedule_kind} version {version} är redan inläst.</source>
        <translation>{schedule_kind} version {version} är redan inläst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{fee_schedule} gäller redan från {valid_from}. En ny version måste börja ett annat datum.</source>
        <translation>{fee_schedule} gäller redan från {valid_from}. En ny version måste börja ett annat datum.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filen {path} finns inte.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen {path} kunde inte läsas ({error}). Spara den som UTF-8 och försök igen.</source>
        <translation>Filen {path} kunde inte läsas ({error}). Spara den som UTF-8 och försök igen.</translation>
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
        <translation>Besöket finns inte längre i tidboken.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Välj vem som utförde behandlingen (en behandlare i personallistan).</source>
        <translation>Välj vem som utförde behandlingen (en behandlare i personallistan).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Behandlingen</source>
        <translation>Behandlingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>borttagen</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Behandlingen finns inte längre.</source>
        <translation>Behandlingen finns inte längre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Behandlingen är redan borttagen.</source>
        <translation>Behandlingen är redan borttagen.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/backup.py" line="+44"/>
        <source>Säkerhetskopian av databasen blev inte hel ({result}). Ingenting har ändrats.</source>
        <translation>Säkerhetskopian av databasen blev inte hel ({result}). Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/engine.py" line="+87"/>
        <source>Databasen {path} ligger på en nätverksdisk. SQLite kan inte användas säkert där (ändringar kan gå förlorade). Lägg databasfilen på datorns egen disk, eller använd PostgreSQL för en klinik med flera arbetsplatser.</source>
        <translation>Databasen {path} ligger på en nätverksdisk. SQLite kan inte användas säkert där (ändringar kan gå förlorade). Lägg databasfilen på datorns egen disk, eller använd PostgreSQL för en klinik med flera arbetsplatser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mappen för databasen {folder} kan inte skapas: {reason}.</source>
        <translation>Mappen för databasen {folder} kan inte skapas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/db/migrate.py" line="+54"/>
        <source>Databasen har skapats av en nyare version av Klinik än den som körs nu. Uppdatera Klinik på den här datorn innan du öppnar databasen.</source>
        <translation>Databasen har skapats av en nyare version av Klinik än den som körs nu. Uppdatera Klinik på den här datorn innan du öppnar databasen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats; en säkerhetskopia finns i {backup}. Kontakta support.</source>
        <translation>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats; en säkerhetskopia finns i {backup}. Kontakta support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats. Kontakta support.</source>
        <translation>Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats. Kontakta support.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/lex_maria.py" line="+110"/>
        <source>En avidentifierad kopia till regionen gäller bara Lex Maria-ärenden (allvarlig vårdskada).</source>
        <translation>En avidentifierad kopia till regionen gäller bara Lex Maria-ärenden (allvarlig vårdskada).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/settings.py" line="+113"/>
        <source>Beställarens uppgifter</source>
        <translation>Beställarens uppgifter</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/listing_view.py" line="+355"/>
        <source>{name} (slutat)</source>
        <translation>{name} (slutat)</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/summons.py" line="+62"/>
        <source>1 brev</source>
        <translation>1 brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} brev</source>
        <translation>{count} brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} patienter</source>
        <translation>{count} patienter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letters} till {patients}</source>
        <translation>{letters} till {patients}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} att kalla manuellt (skyddad identitet eller adress saknas)</source>
        <translation>{count} att kalla manuellt (skyddad identitet eller adress saknas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} hoppades över (bokad, avböjt, pausad eller alla påminnelser skickade)</source>
        <translation>{count} hoppades över (bokad, avböjt, pausad eller alla påminnelser skickade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kallelser: inga patienter valda.</source>
        <translation>Kallelser: inga patienter valda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelser: {parts}.</source>
        <translation>Kallelser: {parts}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>skyddad identitet: kallas utan tryckt adress (R-TG-4)</source>
        <translation>skyddad identitet: kallas utan tryckt adress (R-TG-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adress saknas</source>
        <translation>adress saknas</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>ingen revision inom Hälsoval (R-RV-9)</source>
        <translation>ingen revision inom Hälsoval (R-RV-9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pausad till {date}</source>
        <translation>pausad till {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alla påminnelser skickade: ring eller markera som ej nåbar</source>
        <translation>alla påminnelser skickade: ring eller markera som ej nåbar</translation>
    </message>
    <message>
        <location filename="../../klinik_app/services/archive_workers.py" line="+37"/>
        <source>En del av klinikarkivet kunde inte skrivas ({error}). Databasen är oförändrad; mappen är inte ett komplett arkiv. Försök igen med en ny, tom mapp, och kontakta IT om felet kommer tillbaka.</source>
        <translation>En del av klinikarkivet kunde inte skrivas ({error}). Databasen är oförändrad; mappen är inte ett komplett arkiv. Försök igen med en ny, tom mapp, och kontakta IT om felet kommer tillbaka.</translation>
    </message>
</context>
<context>
    <name>staff_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/staff_dialog.py" line="-199"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yrkesroll</source>
        <translation>Yrkesroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inloggning</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>HSA-ID</source>
        <translation>HSA-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avslutat</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget lösenord</source>
        <translation>Inget lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Låst till {locked_until:%H:%M}</source>
        <translation>Låst till {locked_until:%H:%M}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kan logga in</source>
        <translation>Kan logga in</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../klinik_app/sync/client.py" line="+117"/>
        <source>Certifikatfilen {file} finns inte. Kontrollera inställningarna för synkronisering (klientcertifikat, nyckel och regionens CA).</source>
        <translation>Certifikatfilen {file} finns inte. Kontrollera inställningarna för synkronisering (klientcertifikat, nyckel och regionens CA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klientcertifikatet, nyckeln eller regionens CA kunde inte läsas ({reason}). Kontrollera filerna.</source>
        <translation>Klientcertifikatet, nyckeln eller regionens CA kunde inte läsas ({reason}). Kontrollera filerna.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Regionens servercertifikat kunde inte verifieras. Kontrollera regionens CA-fil och adressen till listningstjänsten.</source>
        <translation>Regionens servercertifikat kunde inte verifieras. Kontrollera regionens CA-fil och adressen till listningstjänsten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen godtog inte klinikens certifikat (det är okänt, har gått ut eller saknas). Kontakta regionen eller förnya funktionscertifikatet. Inget har gått förlorat.</source>
        <translation>Regionen godtog inte klinikens certifikat (det är okänt, har gått ut eller saknas). Kontakta regionen eller förnya funktionscertifikatet. Inget har gått förlorat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare.</source>
        <translation>Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</source>
        <translation>Adressen till regionens listningstjänst ska börja med https:// (synkroniseringen sker aldrig utan TLS).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Regionen nekade kliniken åtkomst.</source>
        <translation>Regionen nekade kliniken åtkomst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regionen nekade kliniken: {answer} Kontrollera klinikens certifikat. Ändringarna ligger kvar i kön.</source>
        <translation>Regionen nekade kliniken: {answer} Kontrollera klinikens certifikat. Ändringarna ligger kvar i kön.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{answer} Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</source>
        <translation>{answer} Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</source>
        <translation>Regionens listningstjänst svarar inte just nu. Ändringarna väntar och skickas senare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adressen leder inte till en listningstjänst som klienten kan använda (inget CapabilityStatement). Kontrollera adressen.</source>
        <translation>Adressen leder inte till en listningstjänst som klienten kan använda (inget CapabilityStatement). Kontrollera adressen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listningstjänsten stöds inte (FHIR-version {version}; kräver 4.0.x med transaktioner och _history). Kontakta regionen.</source>
        <translation>Listningstjänsten stöds inte (FHIR-version {version}; kräver 4.0.x med transaktioner och _history). Kontakta regionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>okänd</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regionens svar gick inte att tolka. Ändringen försöks igen senare.</source>
        <translation>Regionens svar gick inte att tolka. Ändringen försöks igen senare.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ändringarna från regionen gick inte att hämta (oväntat svar). Försök igen senare.</source>
        <translation>Ändringarna från regionen gick inte att hämta (oväntat svar). Försök igen senare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../klinik_app/sync/pull.py" line="+141"/>
        <source>Regionens svar gick inte att tolka. Försök igen senare.</source>
        <translation>Regionens svar gick inte att tolka. Försök igen senare.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Regionens svar om var patienten är listad gick inte att tolka. Betalaren försöks igen senare.</source>
        <translation>Regionens svar om var patienten är listad gick inte att tolka. Betalaren försöks igen senare.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/codes.py" line="+131"/>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+201"/>
        <source>Okänd sorts ändring i utkorgen: {kind}.</source>
        <translation>Okänd sorts ändring i utkorgen: {kind}.</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/fhir_map.py" line="+120"/>
        <source>En tandhälsokontroll av tandsköterska rapporteras inte (R-RV-5).</source>
        <translation>En tandhälsokontroll av tandsköterska rapporteras inte (R-RV-5).</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/codes.py" line="-22"/>
        <source>Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och regionens version och välj.</source>
        <translation>Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och regionens version och välj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{meaning} Regionen: {region}</source>
        <translation>{meaning} Regionen: {region}</translation>
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
        <translation>{meaning} (okänd kod {coding})</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/conflict.py" line="+32"/>
        <source>Listning</source>
        <translation>Listning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycke</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningsstopp</source>
        <translation>Listningsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undersökning</source>
        <translation>Undersökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandhälsodata</source>
        <translation>Tandhälsodata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa revision</source>
        <translation>Nästa revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makulerad</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upphävd</source>
        <translation>Upphävd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slutförd</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ny</source>
        <translation>ny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finns inte hos regionen</source>
        <translation>finns inte hos regionen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagen i regionen</source>
        <translation>Borttagen i regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listningstyp</source>
        <translation>Listningstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Från och med</source>
        <translation>Från och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutsorsak</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location filename="../../klinik_app/sync/connection_check.py" line="+60"/>
        <source>Servern på adressen svarar inte med krypterad anslutning (TLS). Kontrollera adressen och porten; synkroniseringen sker aldrig utan TLS.</source>
        <translation>Servern på adressen svarar inte med krypterad anslutning (TLS). Kontrollera adressen och porten; synkroniseringen sker aldrig utan TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionens listningstjänst gick inte att nå. Kontrollera adressen och nätverket, eller försök igen senare.</source>
        <translation>Regionens listningstjänst gick inte att nå. Kontrollera adressen och nätverket, eller försök igen senare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regionen svarade (FHIR {version}). Vilken klinik certifikatet hör till gick inte att läsa ur filen.</source>
        <translation>Regionen svarade (FHIR {version}). Vilken klinik certifikatet hör till gick inte att läsa ur filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}, men databasen tillhör kliniken {clinic}. Välj klinikens eget certifikat.</source>
        <translation>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}, men databasen tillhör kliniken {clinic}. Välj klinikens eget certifikat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}.</source>
        <translation>Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}.</translation>
    </message>
</context>
<context>
    <name>sync_conflict</name>
    <message>
        <location filename="../../klinik_app/ui/sync_conflict.py" line="-138"/>
        <source>Dra tillbaka ändringen</source>
        <translation>Dra tillbaka ändringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> för {patient}</source>
        <translation> för {patient}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dra tillbaka ändringen? Den skickas då aldrig till regionen.

{about}.</source>
        <translation>Dra tillbaka ändringen? Den skickas då aldrig till regionen.

{about}.</translation>
    </message>
</context>
<context>
    <name>sync_panel</name>
    <message>
        <location filename="../../klinik_app/ui/sync_panel.py" line="-47"/>
        <source>Regionen: synk ej konfigurerad</source>
        <translation>Regionen: synk ej konfigurerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behöver åtgärd</source>
        <translation>Behöver åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflikt</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regionen: nekar anslutningen</source>
        <translation>Regionen: nekar anslutningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regionen: nås inte (försöker igen {when})</source>
        <translation>Regionen: nås inte (försöker igen {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen: senast synkad {when}</source>
        <translation>Regionen: senast synkad {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regionen: aldrig synkad</source>
        <translation>Regionen: aldrig synkad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar</source>
        <translation>{waiting} väntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{attention} behöver åtgärd</source>
        <translation>{attention} behöver åtgärd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 konflikt</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} konflikter</source>
        <translation>{count} konflikter</translation>
    </message>
</context>
<context>
    <name>todo_view</name>
    <message>
        <location filename="../../klinik_app/ui/todo_view.py" line="-233"/>
        <source>Uppgift</source>
        <translation>Uppgift</translation>
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
        <translation>Personnummer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Öppnad</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senast</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uteblev</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första överenskomna tid</source>
        <translation>Första överenskomna tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erbjud ny tid senast</source>
        <translation>Erbjud ny tid senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömningen avslutas av en tandläkare, som dokumenterar beslutet om orosanmälan (R-AB-5). Kontakta patientens tandläkare.</source>
        <translation>Bedömningen avslutas av en tandläkare, som dokumenterar beslutet om orosanmälan (R-AB-5). Kontakta patientens tandläkare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datumet har passerat.</source>
        <translation>Datumet har passerat.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Att göra</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att &amp;göra</source>
        <translation>Att &amp;göra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppgifter efter uteblivanden och patienter att erbjuda ny tid</source>
        <translation>Uppgifter efter uteblivanden och patienter att erbjuda ny tid</translation>
    </message>
</context>
<context>
    <name>treatments_dialog</name>
    <message>
        <location filename="../../klinik_app/ui/treatments_dialog.py" line="-94"/>
        <source>Kod</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tand</source>
        <translation>Tand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris (kr)</source>
        <translation>Pris (kr)</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <location filename="../../klinik_app/ui/trend_chart.py" line="-124"/>
        <source>Inget att visa för perioden</source>
        <translation>Inget att visa för perioden</translation>
    </message>
</context>
<context>
    <name>unmarked_times</name>
    <message>
        <location filename="../../klinik_app/ui/unmarked_times.py" line="-77"/>
        <source>Tider utan utfall</source>
        <translation>Tider utan utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandlare</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överenskommen</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiderna har passerat men saknar utfall. Markera var och en: {attended} = genomförd, {no_show} = uteblev, Delete = avbokad, Enter = öppna tiden. Inget markeras automatiskt.</source>
        <translation>Tiderna har passerat men saknar utfall. Markera var och en: {attended} = genomförd, {no_show} = uteblev, Delete = avbokad, Enter = öppna tiden. Inget markeras automatiskt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alla passerade tider har ett utfall.</source>
        <translation>Alla passerade tider har ett utfall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nej, endast föreslagen</source>
        <translation>Nej, endast föreslagen</translation>
    </message>
</context>
</TS>
