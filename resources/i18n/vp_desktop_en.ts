<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActivitiesSection</name>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="103"/>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="122"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="107"/>
        <source>Filter op jaar</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="110"/>
        <source>Totale tijd</source>
        <translation>Total time</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="112"/>
        <source>Stand van het jaarplan</source>
        <translation>Progress of the annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="114"/>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="172"/>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="115"/>
        <source>Nieuwe activiteit (Ctrl+N)</source>
        <translation>New activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="116"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="117"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="143"/>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="172"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="154"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="155"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="156"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="150"/>
        <source>Activiteit opslaan</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="151"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="158"/>
        <source>Melding bij activiteiten</source>
        <translation>Message about activities</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="217"/>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="268"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="279"/>
        <source>Geen activiteiten</source>
        <translation>No activities</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="282"/>
        <source>1 activiteit</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="284"/>
        <source>%1 activiteiten</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="287"/>
        <source>%1, samen %2</source>
        <translation>%1, together %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="293"/>
        <source>Jaarplan: %1 van %2 gedaan</source>
        <translation>Annual plan: %1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="331"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="332"/>
        <source>De activiteit van %1 verwijderen?</source>
        <translation>Delete the activity of %1?</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="58"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="59"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="60"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="61"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="62"/>
        <source>Jaarplan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/activities/activities_section.py" line="76"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>AdviceFollowUps</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/dashboard_lines.py" line="30"/>
        <source>%1 · advies · te laat, was %3</source>
        <translation>%1 · advice · overdue, was %3</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/dashboard_lines.py" line="34"/>
        <source>%1 · advies · opvolgen op %3</source>
        <translation>%1 · advice · follow up on %3</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="92"/>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="147"/>
        <source>Nieuw advies</source>
        <translation>New advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="93"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="94"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="95"/>
        <source>Gegeven adviezen</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="111"/>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="129"/>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="147"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="113"/>
        <source>Gevraagd door de organisatie</source>
        <translation>Asked for by the organisation</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="118"/>
        <source>Kort, in uw eigen woorden; geen namen of details van casussen.</source>
        <translation>Briefly, in your own words; no names or details of cases.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="122"/>
        <source>Opvolging gedaan</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="126"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="127"/>
        <source>Gevraagd</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="130"/>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="131"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="123"/>
        <source>Advies opslaan</source>
        <translation>Save advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="124"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="133"/>
        <source>Melding bij adviezen</source>
        <translation>Message about the advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="223"/>
        <source>Advies verwijderen</source>
        <translation>Delete advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="224"/>
        <source>Het advies van %1 verwijderen?</source>
        <translation>Delete the advice of %1?</translation>
    </message>
</context>
<context>
    <name>AdviceTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="54"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="55"/>
        <source>Gevraagd</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="56"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="57"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="58"/>
        <source>Opvolgen</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="67"/>
        <source>gevraagd</source>
        <translation>asked for</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="67"/>
        <source>ongevraagd</source>
        <translation>unsolicited</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/advice_panel.py" line="74"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="73"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="73"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="73"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="73"/>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="78"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="79"/>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="80"/>
        <source>Afbeelding</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="81"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="82"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="84"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="43"/>
        <source>Voorbeeld van de bijlage</source>
        <translation>Preview of the attachment</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="47"/>
        <source>PDF-weergave</source>
        <translation>PDF view</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="52"/>
        <source>Afbeelding</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="59"/>
        <source>Tekst van de bijlage</source>
        <translation>Text of the attachment</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="61"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="80"/>
        <source>Deze afbeelding kan niet worden weergegeven.</source>
        <translation>This image cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="41"/>
        <source>Kies een bijlage om hem hier te bekijken.</source>
        <translation>Choose an attachment to view it here.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="42"/>
        <source>Kopie opslaan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="90"/>
        <source>Dit soort bestand kan VP Desktop niet zelf tonen. Met “%1” kunt u het buiten de kluis openen; die kopie is dan niet meer versleuteld.</source>
        <translation>VP Desktop cannot show this kind of file itself. With “%1” you can open it outside the vault; that copy is then no longer encrypted.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachment_viewer.py" line="126"/>
        <source>Deze PDF kan niet worden geopend.</source>
        <translation>This PDF cannot be opened.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="111"/>
        <source>Bijlagen</source>
        <extracomment>an attachment was added or deleted</extracomment>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="115"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="116"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="117"/>
        <source>Kopie opslaan…</source>
        <translation>Save copy…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="118"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="135"/>
        <source>Melding bij bijlagen</source>
        <translation>Message about attachments</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="184"/>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="186"/>
        <source>Documenten en afbeeldingen (*.pdf *.png *.jpg *.jpeg *.txt *.docx *.doc *.eml);;Alle bestanden (*)</source>
        <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.txt *.docx *.doc *.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="43"/>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="247"/>
        <source>Kopie opslaan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="249"/>
        <source>De kopie van “%1” staat buiten de kluis en is niet meer versleuteld. Iedereen die bij die map kan, kan hem lezen. Bewaar hem alleen zo lang als nodig.</source>
        <translation>The copy of “%1” is outside the vault and no longer encrypted. Anyone with access to that folder can read it. Keep it only as long as needed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="255"/>
        <source>Kopie opslaan als</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="281"/>
        <source>Bijlage verwijderen</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/attachments_panel.py" line="282"/>
        <source>“%1” voorgoed uit de kluis verwijderen?</source>
        <translation>Remove “%1” from the vault for good?</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/background.py" line="86"/>
        <source>Afgebroken; er is niets gewijzigd.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/background.py" line="94"/>
        <source>Het bestand kon niet worden gelezen of geschreven.</source>
        <translation>The file could not be read or written.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/background.py" line="97"/>
        <source>Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw.</source>
        <translation>Something went wrong. Nothing was changed; please try again.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="74"/>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="109"/>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="77"/>
        <source>Een back-up is een versleutelde kopie van uw hele kluis. Zet hem op een USB-stick of externe schijf en bewaar die op een andere plek dan deze laptop.</source>
        <translation>A backup is an encrypted copy of your whole vault. Put it on a USB stick or external disk and keep that somewhere other than this laptop.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="85"/>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="168"/>
        <source>Laatste back-up: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="87"/>
        <source>Er is nog nooit een back-up gemaakt.</source>
        <translation>No backup has ever been made.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="89"/>
        <source>Laatste back-up</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="95"/>
        <source>Bestand voor de back-up</source>
        <translation>File for the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="96"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="97"/>
        <source>Plek voor de back-up kiezen</source>
        <translation>Choose a place for the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="99"/>
        <source>Wachtzin ter controle</source>
        <translation>Passphrase to check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="101"/>
        <source>De back-up wordt na het schrijven met deze wachtzin geopend en gecontroleerd.</source>
        <translation>After writing, the backup is opened and checked with this passphrase.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="106"/>
        <source>Voortgang van de back-up</source>
        <translation>Progress of the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="107"/>
        <source>Melding bij de back-up</source>
        <translation>Message about the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="109"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="114"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="117"/>
        <source>&amp;Wachtzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="125"/>
        <source>Waar komt de back-up?</source>
        <translation>Where should the backup go?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="136"/>
        <source>Kies waar de back-up komt.</source>
        <translation>Choose where the backup goes.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="139"/>
        <source>Vul uw wachtzin in.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="161"/>
        <source>Back-up gemaakt en gecontroleerd: %1 (%2, %3).</source>
        <translation>Backup made and checked: %1 (%2, %3).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="178"/>
        <source>1 opdrachtgever</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="178"/>
        <source>%1 opdrachtgevers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="181"/>
        <source>1 casus</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="181"/>
        <source>%1 casussen</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/caps_lock.py" line="22"/>
        <source>Caps Lock staat aan.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="80"/>
        <source>Verwijderen…</source>
        <extracomment>a case was created, changed, closed or reopened (its id) a case was deleted (its id)</extracomment>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="81"/>
        <source>Casus verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="86"/>
        <source>Melding bij de casus</source>
        <translation>Message about the case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="156"/>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="156"/>
        <source>Het nummer volgt bij het opslaan.</source>
        <translation>The number is assigned when saving.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="177"/>
        <source>Geen casus gekozen</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="177"/>
        <source>Kies een casus in de lijst of maak een nieuwe.</source>
        <translation>Choose a case in the list or create a new one.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="210"/>
        <source>Heropenen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor.py" line="210"/>
        <source>Casus sluiten…</source>
        <translation>Close case…</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="50"/>
        <source>Datum toestemming: %1</source>
        <translation>Date of consent: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="54"/>
        <source>Toelichting (optioneel)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="57"/>
        <source>Toelichting: %1</source>
        <translation>Explanation: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="148"/>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="153"/>
        <source>Opvolgen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="173"/>
        <source>Identificerende gegevens (optioneel; gewist bij vernietiging)</source>
        <translation>Identifying details (optional; erased on destruction)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="182"/>
        <source>Initialen, functie of alias</source>
        <translation>Initials, role or alias</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="185"/>
        <source>Een kort kenmerk van uzelf voor de beklaagde, zodat Signalen laat zien wanneer dezelfde persoon in meer casussen voorkomt.</source>
        <translation>A short reference of your own for the person complained about, so that Signals shows when the same person occurs in several cases.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="193"/>
        <source>Naam melder</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="194"/>
        <source>Roepnaam of alias</source>
        <translation>First name or alias</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="195"/>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="196"/>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="198"/>
        <source>Beklaagde (kenmerk)</source>
        <translation>Person complained about (reference)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="203"/>
        <source>Beklaagde en andere betrokkenen</source>
        <translation>Person complained about and others involved</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="214"/>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="219"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="216"/>
        <source>Eigen aantekeningen van de vertrouwenspersoon; alleen voor uzelf.</source>
        <translation>The confidential adviser&apos;s own notes; for yourself only.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="225"/>
        <source>Waarvoor heeft de melder toestemming gegeven, en wanneer?</source>
        <translation>What did the reporter consent to, and when?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="249"/>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_fields.py" line="349"/>
        <source>Vul bij elke gegeven toestemming de datum in.</source>
        <translation>Enter the date for each consent given.</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="39"/>
        <source>Dossier voor de melder…</source>
        <extracomment>the destroy-by dialog while it is open (tests fill it in)</extracomment>
        <translation>File for the melder…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="41"/>
        <source>Alles over deze casus als PDF, voor een inzageverzoek van de melder</source>
        <translation>Everything about this case as a PDF, for the melder&apos;s access request</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="43"/>
        <source>Vernietigingsdatum…</source>
        <translation>Destroy-by date…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="44"/>
        <source>Nu vernietigen…</source>
        <translation>Destroy now…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="46"/>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="117"/>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="132"/>
        <source>Dossier voor de melder opslaan</source>
        <translation>Save the file for the melder</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="47"/>
        <source>Vernietigingsdatum wijzigen</source>
        <translation>Change the destroy-by date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="48"/>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="185"/>
        <source>Dossier nu vernietigen</source>
        <translation>Destroy the file now</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="56"/>
        <source>Melding bij het dossier</source>
        <translation>Message about the file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="119"/>
        <source>Het dossier komt als PDF buiten de kluis te staan en is niet versleuteld. Iedereen die bij die map kan, kan het lezen. Bewaar het alleen zo lang als nodig.</source>
        <translation>The file is saved as a PDF outside the vault and is not encrypted. Anyone with access to that folder can read it. Keep it only as long as needed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="124"/>
        <source>Het kan ook namen en gegevens van anderen bevatten (andere betrokkenen, beklaagden, aantekeningen, gesprekken). Lees het na en maak die onleesbaar waar nodig voordat u het aan de melder geeft: inzage mag de rechten van anderen niet schaden (AVG art. 15 lid 4).</source>
        <translation>It may also hold names and details of other people (others involved, people complained about, notes, contacts). Read it through and black those out where needed before you give it to the melder: access must not harm the rights of others (GDPR art. 15(4)).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="145"/>
        <source>Het dossier is opgeslagen in %1. Geef het de melder zelf; het staat ook in het logboek.</source>
        <translation>The file was saved to %1. Hand it to the melder yourself; it is also recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="187"/>
        <source>De persoonsgegevens, notities, gespreksverslagen en bijlagen van deze casus worden nu voorgoed vernietigd, ook uit het kluisbestand zelf. Alleen de anonieme registratie voor de jaarverslagen blijft. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>The personal details, notes, contact notes and attachments of this case will now be destroyed for good, also from the vault file itself. Only the anonymous record for the annual reports is kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="196"/>
        <source>Dossier vernietigen</source>
        <translation>Destroying the file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="204"/>
        <source>Het dossier wordt vernietigd…</source>
        <translation>Destroying the file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_file_actions.py" line="217"/>
        <source>Het dossier is vernietigd.</source>
        <translation>The file has been destroyed.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="30"/>
        <source>Casusnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="36"/>
        <source>Status van de casus</source>
        <translation>Status of the case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="38"/>
        <source>Casus sluiten…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="39"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="40"/>
        <source>Wijzigingen sinds het laatste opslaan weggooien</source>
        <translation>Discard changes since the last save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="41"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="42"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="44"/>
        <source>Casus sluiten of heropenen</source>
        <translation>Close or reopen case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="45"/>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="46"/>
        <source>Casus opslaan</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="50"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="79"/>
        <source>Vernietigd op %1</source>
        <translation>Destroyed on %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="81"/>
        <source>Gesloten op %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="83"/>
        <source>vernietigen vóór %1</source>
        <translation>destroy by %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="87"/>
        <source>(reden: %1)</source>
        <translation>(reason: %1)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="89"/>
        <source>Open sinds %1</source>
        <translation>Open since %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="99"/>
        <source>Deze casus is vernietigd volgens de bewaartermijn. Alleen de anonieme gegevens voor de jaarverslagen zijn bewaard; niets kan nog worden gewijzigd.</source>
        <translation>This case was destroyed under the retention period. Only the anonymous data for the annual reports is kept; nothing can be changed any more.</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_list_view.py" line="29"/>
        <source>Lijst van casussen</source>
        <translation>List of cases</translation>
    </message>
</context>
<context>
    <name>CaseQuestions</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="171"/>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="177"/>
        <source>Casus heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="172"/>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Eerst opslaan?</source>
        <translation>There are changes that have not been saved yet. Save first?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="179"/>
        <source>%1 weer openen? De sluitdatum, de afloop en de vernietigingsdatum vervallen.</source>
        <translation>Reopen %1? The closing date, outcome and destroy-by date will be cleared.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="185"/>
        <source>Casus verwijderen</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="187"/>
        <source>%1 met alle gesprekken, notities en bijlagen voorgoed verwijderen? De casus telt dan ook niet meer mee in de jaarverslagen. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete %1 with all contacts, notes and attachments for good? The case will no longer count in the annual reports either. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="57"/>
        <source>Nummer</source>
        <extracomment>the key the model sorts a column by (ints and strings, never None) the case id of a row</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="58"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="60"/>
        <source>Spoor</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="61"/>
        <source>Onderwerp</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="62"/>
        <source>Laatste gesprek</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="63"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="70"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="71"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_table_model.py" line="72"/>
        <source>Vernietigd</source>
        <translation>Destroyed</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="127"/>
        <source>Onderdelen van de casus</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="129"/>
        <source>Registratie</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="129"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="129"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="130"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="132"/>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="145"/>
        <source>Gesprekken</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="133"/>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="151"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="143"/>
        <source>Gesprekken (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="149"/>
        <source>Bijlagen (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="70"/>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="271"/>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="76"/>
        <source>Open en gesloten</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="77"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="78"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="81"/>
        <source>Alle sporen</source>
        <translation>All tracks</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="85"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="86"/>
        <source>Filter op jaar</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="87"/>
        <source>Filter op spoor</source>
        <translation>Filter by track</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="92"/>
        <source>Zoeken in casussen</source>
        <translation>Search in cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="93"/>
        <source>Zoek op nummer of woord in de notities</source>
        <translation>Search by number or word in the notes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="94"/>
        <source>Zoeken (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="101"/>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="102"/>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="103"/>
        <source>Nieuwe casus (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="106"/>
        <source>Aantal casussen</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="209"/>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="250"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="294"/>
        <source>1 casus</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="296"/>
        <source>%1 casussen</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="299"/>
        <source>%1 van %2 casussen</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="357"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/cases_section.py" line="358"/>
        <source>De casus die open staat heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The open case has changes that have not been saved yet.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="99"/>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="102"/>
        <source>Voortgang van de controle</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="106"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="108"/>
        <source>Onbekende opdrachtgevers aanmaken</source>
        <translation>Create unknown clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="111"/>
        <source>Nieuwe opdrachtgevers krijgen hun code als naam; pas die daarna aan.</source>
        <translation>New clients get their code as name; change it afterwards.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="115"/>
        <source>Voorbeeld van het bestand</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="117"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="122"/>
        <source>Aantal problemen</source>
        <translation>Number of problems</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="161"/>
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="189"/>
        <source>Het bestand heeft problemen; er wordt pas iets geïmporteerd als alles klopt. Verbeter het bestand en kies het opnieuw met Vorige.</source>
        <translation>The file has problems; nothing is imported until everything is correct. Correct the file and choose it again with Previous.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="201"/>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="224"/>
        <source>Gevonden problemen: %1</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="233"/>
        <source>Alles klopt. Bij importeren komen er %1 casussen en %2 gesprekken bij:</source>
        <translation>All is well. Importing adds %1 cases and %2 contacts:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="239"/>
        <source> (nieuwe opdrachtgever)</source>
        <translation> (new client)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="44"/>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="52"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="47"/>
        <source>Kies een Excel-werkmap (.xlsx) of CSV-bestand met één casus per rij. Eerst wordt het hele bestand gecontroleerd; er wordt pas iets geïmporteerd als alles klopt.</source>
        <translation>Choose an Excel workbook (.xlsx) or CSV file with one case per row. The whole file is checked first; nothing is imported until everything is correct.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="51"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="54"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="55"/>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="59"/>
        <source>Kolomkoppen mogen Nederlands of Engels zijn, in elke volgorde: bijvoorbeeld opdrachtgever, casusnummer, geopend, gesloten, spoor, onderwerpen, afloop, gesprekken en minuten. Datums als dd-mm-jjjj.</source>
        <translation>Column headings may be Dutch or English, in any order: for example client, case number, opened, closed, track, categories, outcome, contacts and minutes. Dates as dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="65"/>
        <source>Uitleg over het bestand</source>
        <translation>Explanation of the file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="77"/>
        <source>Casussen importeren</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="78"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="45"/>
        <source>Nieuwe opdrachtgever</source>
        <extracomment>the client was stored (its id)</extracomment>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="45"/>
        <source>Opdrachtgever</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="56"/>
        <source>bijv. ACME</source>
        <translation>e.g. ACME</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="57"/>
        <source>Korte code voor de casusnummers, zoals ACME-2026-001</source>
        <translation>Short code for case numbers, such as ACME-2026-001</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="63"/>
        <source>ongeveer</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="66"/>
        <source>naam@organisatie.nl</source>
        <translation>name@organisation.nl</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="82"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="83"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="86"/>
        <source>Aantal medewerkers</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="87"/>
        <source>Contactpersoon jaarverslag</source>
        <translation>Contact person for the annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="88"/>
        <source>E-mail contactpersoon</source>
        <translation>Contact person&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="89"/>
        <source>Contract vanaf</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="90"/>
        <source>Contract tot en met</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="91"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="98"/>
        <source>Melding bij opdrachtgever</source>
        <translation>Message about the client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="103"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/client_dialog.py" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="79"/>
        <source>%1 (%2): 1 open casus</source>
        <translation>%1 (%2): 1 open case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="81"/>
        <source>%1 (%2): %3 open casussen</source>
        <translation>%1 (%2): %3 open cases</translation>
    </message>
</context>
<context>
    <name>ClientPeFields</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="24"/>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="27"/>
        <source>geen eigen norm</source>
        <translation>no own standard</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="28"/>
        <source>het contract vraagt een VOG</source>
        <translation>the contract asks for a VOG</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="38"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="33"/>
        <source>geen termijn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="38"/>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="42"/>
        <source>Eigen norm: uren per jaar</source>
        <translation>Own standard: hours a year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="45"/>
        <source>Eigen norm: intervisiebijeenkomsten</source>
        <translation>Own standard: intervision sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="48"/>
        <source>Verklaring omtrent het gedrag</source>
        <translation>Certificate of conduct (VOG)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/client_fields.py" line="49"/>
        <source>VOG hoogstens zo oud</source>
        <translation>VOG at most this old</translation>
    </message>
</context>
<context>
    <name>ClosureBox</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="198"/>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="200"/>
        <source>Vernietigen vóór</source>
        <translation>Destroy by</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="201"/>
        <source>Casus sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="202"/>
        <source>Sluiten bevestigen</source>
        <translation>Confirm closing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="203"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="204"/>
        <source>Sluiten annuleren</source>
        <translation>Cancel closing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/case_editor_parts.py" line="220"/>
        <source>Vernietigen vóór: %1</source>
        <translation>Destroy by: %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="64"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="64"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="64"/>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="64"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="100"/>
        <source>Gesprekken</source>
        <extracomment>a contact was added, changed or deleted (the case list shows the last contact date)</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="103"/>
        <source>Totale tijd</source>
        <translation>Total time</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="105"/>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="152"/>
        <source>Nieuw gesprek</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="106"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="107"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="121"/>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="152"/>
        <source>Gesprek</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="46"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="128"/>
        <source>Wat is er besproken en afgesproken?</source>
        <translation>What was discussed and agreed?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="132"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="133"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="135"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="129"/>
        <source>Gesprek opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="130"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="137"/>
        <source>Melding bij gesprek</source>
        <translation>Message about the contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="183"/>
        <source>Nog geen gesprekken</source>
        <translation>No contacts yet</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="186"/>
        <source>1 gesprek</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="188"/>
        <source>%1 gesprekken</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="191"/>
        <source>%1, samen %2</source>
        <translation>%1, together %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="291"/>
        <source>Gesprek verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/contacts_panel.py" line="293"/>
        <source>Het gesprek van %1 met de notitie erbij verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete the contact of %1 with its note? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="65"/>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="120"/>
        <source>Demopraktijk maken</source>
        <translation>Create demo practice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="65"/>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="69"/>
        <source>De demopraktijk is verzonnen: opdrachtgevers en casussen om VP Desktop mee te leren kennen. Ook deze kluis krijgt een eigen wachtzin.</source>
        <translation>The demo practice is made up: clients and cases to get to know VP Desktop. This vault gets its own passphrase too.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="74"/>
        <source>Al uw gegevens komen versleuteld in één kluisbestand op deze computer. Alleen met uw wachtzin is het te openen.</source>
        <translation>All your data is kept encrypted in one vault file on this computer. Only your passphrase opens it.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="81"/>
        <source>Locatie van de kluis</source>
        <translation>Location of the vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="82"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="83"/>
        <source>Locatie kiezen</source>
        <translation>Choose location</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="88"/>
        <source>Melding bij locatie</source>
        <translation>Message about the location</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="90"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="91"/>
        <source>Wachtzin herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="94"/>
        <source>Melding bij wachtzin</source>
        <translation>Message about the passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="95"/>
        <source>Melding bij herhaalde wachtzin</source>
        <translation>Message about the repeated passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="103"/>
        <source>&lt;b&gt;Let op:&lt;/b&gt; een vergeten wachtzin kan niemand herstellen, ook de makers van VP Desktop niet. Zonder wachtzin blijven uw gegevens voorgoed onleesbaar. Schrijf hem op en bewaar hem op een veilige plek.</source>
        <translation>&lt;b&gt;Please note:&lt;/b&gt; nobody can recover a forgotten passphrase, not even the makers of VP Desktop. Without it your data stays unreadable for good. Write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="110"/>
        <source>Waarschuwing over de wachtzin</source>
        <translation>Warning about the passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="113"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="114"/>
        <source>Demopraktijk wordt gemaakt…</source>
        <translation>Creating the demo practice…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="116"/>
        <source>Melding bij aanmaken</source>
        <translation>Message about creating</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="120"/>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="126"/>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="128"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="134"/>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="138"/>
        <source>&amp;Wachtzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="141"/>
        <source>&amp;Herhaal wachtzin:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="166"/>
        <source>Waar komt de kluis?</source>
        <translation>Where should the vault go?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="168"/>
        <source>Kluis van VP Desktop (*.vpvault)</source>
        <translation>VP Desktop vault (*.vpvault)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/create_vault_dialog.py" line="200"/>
        <source>Kies waar de kluis komt.</source>
        <translation>Choose where the vault goes.</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="37"/>
        <source>Nieuwe registratie of verklaring</source>
        <translation>New registration or certificate</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="39"/>
        <source>Registratie of verklaring</source>
        <translation>Registration or certificate</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="47"/>
        <source>bijv. LVV, Justis of de verzekeraar</source>
        <translation>e.g. LVV, Justis or the insurer</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="52"/>
        <source>bij een VOG, bijv. 45 (Zorg)</source>
        <translation>for a VOG, e.g. 45 (Care)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="56"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="57"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="58"/>
        <source>Instantie</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="59"/>
        <source>Afgegeven op</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="60"/>
        <source>Geldig tot en met</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="61"/>
        <source>Herregistratie op</source>
        <translation>Recertification on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="62"/>
        <source>Screeningsprofiel</source>
        <translation>Screening profile</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="63"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="72"/>
        <source>Melding bij registratie of verklaring</source>
        <translation>Message about the registration or certificate</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="76"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credential_dialog.py" line="77"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="55"/>
        <source>Uw registratie, certificering, verklaring omtrent het gedrag (VOG) en beroepsaansprakelijkheidsverzekering, met de bewijsstukken. Het dashboard waarschuwt op tijd voordat iets verloopt.</source>
        <translation>Your registration, certification, certificate of conduct (VOG) and professional liability insurance, with their evidence. The dashboard warns in time before anything expires.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="64"/>
        <source>Wat binnenkort verloopt</source>
        <translation>What expires soon</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="68"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="69"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="70"/>
        <source>Instantie</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="71"/>
        <source>Geldig tot en met</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="72"/>
        <source>Herregistratie</source>
        <translation>Recertification</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="75"/>
        <source>Registraties en verklaringen</source>
        <translation>Registrations and certificates</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="85"/>
        <source>Bewijsstukken van de registratie</source>
        <translation>Evidence of the registration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="88"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="89"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="90"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="91"/>
        <source>Bewijsstuk toevoegen…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="92"/>
        <source>Bewijsstuk opslaan…</source>
        <translation>Save evidence file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="93"/>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="298"/>
        <source>Bewijsstuk verwijderen</source>
        <translation>Delete evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="137"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="108"/>
        <source>Zo lang van tevoren waarschuwen</source>
        <translation>Warn this long in advance</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="110"/>
        <source>Melding bij registratie en VOG</source>
        <translation>Message about registration and VOG</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="116"/>
        <source>Waarschuwen vanaf</source>
        <translation>Warn from</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="120"/>
        <source>voor het verlopen</source>
        <translation>before expiry</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="131"/>
        <source>Bewijsstukken</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="137"/>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="246"/>
        <source>Registratie verwijderen</source>
        <translation>Delete registration</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="247"/>
        <source>Deze registratie of verklaring voorgoed verwijderen, met de bewijsstukken?</source>
        <translation>Delete this registration or certificate for good, with its evidence files?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="261"/>
        <source>Bewijsstuk toevoegen</source>
        <translation>Add evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="261"/>
        <source>Documenten (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="282"/>
        <source>Bewijsstuk opslaan</source>
        <translation>Save evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/credentials_panel.py" line="299"/>
        <source>“%1” voorgoed uit de kluis verwijderen?</source>
        <translation>Remove “%1” from the vault for good?</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="62"/>
        <source>Datum van vandaag</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="67"/>
        <source>Open casussen per opdrachtgever</source>
        <translation>Open cases per client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="68"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="69"/>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period passed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="70"/>
        <source>Uren dit jaar</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="71"/>
        <source>Deskundigheidsbevordering</source>
        <translation>Professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="72"/>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="92"/>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="98"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="112"/>
        <source>Vandaag: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="142"/>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="207"/>
        <source>Nog geen opdrachtgevers.</source>
        <translation>No clients yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="146"/>
        <source>%1: 1 open casus</source>
        <translation>%1: 1 open case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="148"/>
        <source>%1: %2 open casussen</source>
        <translation>%1: %2 open cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="155"/>
        <source>%1 · %2 · te laat, was %3</source>
        <translation>%1 · %2 · overdue since %3</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="159"/>
        <source>%1 · %2 · opvolgen op %3</source>
        <translation>%1 · %2 · follow up on %3</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="168"/>
        <source>Geen opvolging in de komende twee weken.</source>
        <translation>No follow-ups in the coming two weeks.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="173"/>
        <source>%1 · %2 · vernietigen sinds %3</source>
        <translation>%1 · %2 · to be destroyed since %3</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="184"/>
        <source>Geen dossiers om te vernietigen.</source>
        <translation>No case files to destroy.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="164"/>
        <source>… en nog 1 casus om op te volgen</source>
        <translation>… and 1 more case to follow up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="166"/>
        <source>… en nog %1 casussen om op te volgen</source>
        <translation>… and %1 more cases to follow up</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="179"/>
        <source>… en nog 1 dossier</source>
        <translation>… and 1 more case file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="181"/>
        <source>… en nog %1 dossiers</source>
        <translation>… and %1 more case files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="197"/>
        <source>%1: %2 (gesprekken %3, activiteiten %4)</source>
        <translation>%1: %2 (contacts %3, activities %4)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="213"/>
        <source>Vul de startdatum van uw registratiecyclus in.</source>
        <translation>Enter the start date of your recertification cycle.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="215"/>
        <source>Kies in Deskundigheid welke normen u volgt.</source>
        <translation>Choose under Development which standards you follow.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="224"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="230"/>
        <source>%1 van %2 bijeenkomsten</source>
        <translation>%1 of %2 sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="242"/>
        <source>Er is nog nooit een back-up gemaakt. Maak er nu een.</source>
        <translation>No backup has ever been made. Make one now.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="244"/>
        <source>Laatste back-up op %1. Tijd voor een nieuwe.</source>
        <translation>Last backup on %1. Time for a new one.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/clients/dashboard_section.py" line="248"/>
        <source>Laatste back-up op %1.</source>
        <translation>Last backup on %1.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="30"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="37"/>
        <source>Casussen &amp;importeren…</source>
        <extracomment>the dialog an action opened last (tests drive it without exec())</extracomment>
        <translation>&amp;Import cases…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="38"/>
        <source>Casussen &amp;exporteren…</source>
        <translation>&amp;Export cases…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="40"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="41"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="43"/>
        <source>&amp;Wachtzin wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="47"/>
        <source>Te &amp;vernietigen dossiers…</source>
        <translation>Files due for &amp;destruction…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="50"/>
        <source>Opdrachtgever &amp;overdragen en verwijderen…</source>
        <translation>&amp;Hand over and delete client…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="106"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="108"/>
        <source>Om een back-up terug te zetten wordt de kluis eerst vergrendeld. Alles wat na die back-up is ingevoerd, gaat verloren; de huidige kluis wordt apart bewaard. Doorgaan?</source>
        <translation>To restore a backup the vault is locked first. Everything entered after that backup is lost; the current vault is kept aside. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="142"/>
        <source>Opdrachtgever overdragen</source>
        <translation>Hand over client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/data_menu.py" line="143"/>
        <source>Kies eerst links de opdrachtgever die u wilt overdragen.</source>
        <translation>First choose, on the left, the client you want to hand over.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/code_pickers.py" line="180"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/code_pickers.py" line="188"/>
        <source>Kies een datum</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/code_pickers.py" line="217"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DestroyByDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="27"/>
        <source>Vernietigingsdatum</source>
        <translation>Destroy-by date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="31"/>
        <source>Na deze datum staat het dossier bij de te vernietigen dossiers. Zeg waarom u afwijkt van de bewaartermijn; dat blijft bij de casus bewaard.</source>
        <translation>After this date the file is listed with the files to destroy. Say why you depart from the retention period; the reason is kept with the case.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="39"/>
        <source>Vernietigen vóór</source>
        <translation>Destroy by</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="41"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="43"/>
        <source>Melding bij de vernietigingsdatum</source>
        <translation>Message about the destroy-by date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="50"/>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="51"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="53"/>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="54"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="58"/>
        <source>&amp;Vernietigen vóór:</source>
        <translation>&amp;Destroy by:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/destroy_by_dialog.py" line="59"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>DueCasesModel</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="69"/>
        <source>Opdrachtgever</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="70"/>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="71"/>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="72"/>
        <source>Vernietigen op</source>
        <translation>Destroy on</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/error_guard.py" line="53"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/error_guard.py" line="54"/>
        <source>VP Desktop kon deze handeling niet afmaken. Wat al was opgeslagen, staat veilig in de kluis. Probeer het nog eens; blijft het misgaan, sla dan uw werk op en start VP Desktop opnieuw.</source>
        <translation>VP Desktop could not finish this action. What was already saved is safe in the vault. Please try again; if it keeps going wrong, save your work and restart VP Desktop.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="49"/>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="161"/>
        <source>Casussen exporteren</source>
        <extracomment>a file was written</extracomment>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="56"/>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="88"/>
        <source>Opdrachtgever</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="57"/>
        <source>CSV (opent in Excel)</source>
        <translation>CSV (opens in Excel)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="58"/>
        <source>Excel-werkmap (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="70"/>
        <source>Ook namen, contactgegevens, afdelingen, beklaagden en notities</source>
        <translation>Also names, contact details, departments, persons complained about and notes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="72"/>
        <source>Identificerende gegevens meenemen</source>
        <translation>Include identifying details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="75"/>
        <source>Let op: het bestand bevat dan gegevens waarmee melders te herkennen zijn. Het wordt niet versleuteld. Bewaar het veilig en verwijder het zodra het niet meer nodig is.</source>
        <translation>Please note: the file then holds details by which reporters can be recognised. It is not encrypted. Keep it safe and delete it as soon as it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="82"/>
        <source>Waarschuwing bij identificerende gegevens</source>
        <translation>Warning about identifying details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="89"/>
        <source>Bestandsformaat</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="90"/>
        <source>Identificerende gegevens</source>
        <translation>Identifying details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="97"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="102"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="109"/>
        <source>Eén casus per rij, in hetzelfde formaat als de import, zodat het bestand later weer kan worden ingelezen. Zonder identificerende gegevens bevat het alleen de registratie: datums, spoor, onderwerpen, afloop en gesprekken.</source>
        <translation>One case per row, in the same format as the import, so the file can be read in again later. Without identifying details it only holds the registration: dates, track, categories, outcome and contacts.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="115"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="135"/>
        <source>Alle opdrachtgevers</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="159"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="159"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="177"/>
        <source>Exporteren niet gelukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="180"/>
        <source>Export klaar</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="183"/>
        <source>1 casus geëxporteerd naar %2.</source>
        <translation>1 case exported to %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="184"/>
        <source>%1 casussen geëxporteerd naar %2.</source>
        <translation>%1 cases exported to %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="192"/>
        <source>De schijf is vol; er is geen bestand geschreven. Maak ruimte vrij.</source>
        <translation>The disk is full; no file was written. Free some space.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="196"/>
        <source>Op deze plek kan niet worden geschreven. Kies een andere map.</source>
        <translation>This place cannot be written to. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/export_dialog.py" line="199"/>
        <source>Het bestand kon niet worden geschreven. Kies een andere plek.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
</context>
<context>
    <name>ExportSteps</name>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="40"/>
        <source>Jaarverslag exporteren</source>
        <translation>Export annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="43"/>
        <source>PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="59"/>
        <source>Het jaarverslag %1 over %2 wordt opgeslagen als %3. Dit bestand staat daarna buiten de versleutelde kluis. Doorgaan?</source>
        <translation>The annual report %1 for %2 will be saved as %3. That file is then outside the encrypted vault. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="71"/>
        <source>… en nog %1</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="73"/>
        <source>Het jaarverslag over %1 is al eerder uitgebracht. Deze versie toont deze cijfers anders. Een verdeling die veranderde, wordt weggelaten; alle cijfers zijn samen met de eerdere uitgave beschermd, zodat het verschil geen klein aantal verraadt:</source>
        <translation>The annual report for %1 was issued before. This version shows these figures differently. A breakdown that changed is left out; all figures are protected together with the earlier issue, so that the difference gives away no small number:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="86"/>
        <source>Controleer eerst de gevonden herkenbare gegevens.</source>
        <translation>First check the identifying data that was found.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="92"/>
        <source>Het jaarverslag is opgeslagen als %1 en geregistreerd als uitgebracht.</source>
        <translation>The annual report was saved as %1 and recorded as issued.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="97"/>
        <source>Overzicht exporteren</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="98"/>
        <source>Overzicht opdrachtgevers.xlsx</source>
        <translation>Client overview.xlsx</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="99"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="106"/>
        <source>Het overzicht bevat per opdrachtgever en per jaar de exacte aantallen meldingen en uren, zonder afscherming van kleine aantallen. Het is bedoeld voor uw eigen administratie. Opslaan als %1?</source>
        <translation>The overview holds the exact numbers of reports and hours per client and per year, without hiding small numbers. It is meant for your own records. Save as %1?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/export_steps.py" line="123"/>
        <source>Het overzicht is opgeslagen als %1.</source>
        <translation>The overview has been saved as %1.</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/field_messages.py" line="26"/>
        <source>Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.</source>
        <translation>This is not a valid date; write it as dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/field_messages.py" line="56"/>
        <source>Melding bij %1</source>
        <translation>Message about %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="65"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="68"/>
        <source>&amp;Gebruikershandleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="73"/>
        <source>&amp;Over VP Desktop</source>
        <translation>&amp;About VP Desktop</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="79"/>
        <source>(geen kluis geopend)</source>
        <translation>(no vault open)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="82"/>
        <source>VP Desktop %1</source>
        <translation>VP Desktop %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="84"/>
        <source>De dossiers van de externe vertrouwenspersoon, versleuteld op uw eigen laptop.</source>
        <translation>The caseload of an external confidential adviser, encrypted on your own laptop.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="87"/>
        <source>Licentie: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="88"/>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="89"/>
        <source>Gebouwd met Qt for Python %1</source>
        <translation>Built with Qt for Python %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="94"/>
        <source>Over VP Desktop</source>
        <translation>About VP Desktop</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="100"/>
        <source>Gebruikershandleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="101"/>
        <source>De handleiding is niet meegeleverd met deze installatie.</source>
        <translation>The user guide is not part of this installation.</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="19"/>
        <source>Controle op herkenbare gegevens</source>
        <translation>Check for identifying details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="23"/>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="25"/>
        <source>Gevonden herkenbare gegevens</source>
        <translation>Identifying details found</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="28"/>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="29"/>
        <source>Ik heb de tekst gecontroleerd</source>
        <translation>I have checked the text</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="52"/>
        <source>De teksten bevatten één woord dat overeenkomt met gegevens uit casussen.</source>
        <translation>The texts contain one word that matches details from cases.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="55"/>
        <source>De teksten bevatten %1 woorden die overeenkomen met gegevens uit casussen.</source>
        <translation>The texts contain %1 words that match details from cases.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="58"/>
        <source>Pas ze aan of controleer ze voordat u het verslag exporteert.</source>
        <translation>Adjust or check them before you export the report.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/identifier_check.py" line="63"/>
        <source>Geen namen, afdelingen of contactgegevens uit casussen gevonden.</source>
        <translation>No names, departments or contact details from cases found.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="259"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="261"/>
        <source>Voortgang van de import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="264"/>
        <source>Resultaat van de import</source>
        <translation>Result of the import</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="272"/>
        <source>Bezig met importeren… Sluit dit venster niet.</source>
        <translation>Importing… Do not close this window.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="288"/>
        <source>Klaar: %1 casussen en %2 gesprekken geïmporteerd.</source>
        <translation>Done: %1 cases and %2 contacts imported.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="294"/>
        <source>Nieuwe opdrachtgevers: %1. Geef ze een naam bij Opdrachtgevers.</source>
        <translation>New clients: %1. Give them a name under Clients.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="304"/>
        <source>Er is niets geïmporteerd; de kluis is veranderd sinds de controle:</source>
        <translation>Nothing was imported; the vault changed since the check:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="307"/>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="38"/>
        <source>Casussen importeren</source>
        <extracomment>cases were imported: the main window refreshes its sections</extracomment>
        <translation>Import cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="45"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="46"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="47"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="48"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_wizard.py" line="49"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="324"/>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_pages.py" line="325"/>
        <source>Er ging iets mis. Er is niets veranderd.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/integrity_watch.py" line="47"/>
        <source>De kluis is beschadigd</source>
        <translation>The vault is damaged</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/integrity_watch.py" line="49"/>
        <source>De controle na het ontgrendelen heeft schade in de kluis gevonden. Om niets erger te maken slaat VP Desktop niets meer op. U kunt nog lezen en exporteren. Zet de meest recente back-up terug: Gegevens → Back-up terugzetten.</source>
        <translation>The check after unlocking found damage in the vault. So as not to make it worse, VP Desktop saves nothing more. You can still read and export. Restore the latest backup: Data → Restore a backup.</translation>
    </message>
</context>
<context>
    <name>InterruptedRestoreDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="67"/>
        <source>Terugzetten van een back-up onderbroken</source>
        <translation>Restoring a backup was interrupted</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="73"/>
        <source>Wat er is gebeurd</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="75"/>
        <source>Kluisbestand</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="80"/>
        <source>&lt;p&gt;&lt;b&gt;Herstel afmaken&lt;/b&gt;: de back-up komt op de plek van de kluis. De kluis die hij vervangt, blijft apart bewaard, zoals na elk terugzetten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Herstel ongedaan maken&lt;/b&gt;: de kluis van vóór het terugzetten komt terug, precies zoals hij was; de kopie van de back-up wordt opgeruimd (de back-up zelf blijft bestaan).&lt;/p&gt;&lt;p&gt;Daarna vult u zoals altijd uw wachtzin in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Finish the restore&lt;/b&gt;: the backup takes the vault&apos;s place. The vault it replaces is kept aside, as after any restore.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undo the restore&lt;/b&gt;: the vault from before the restore comes back, exactly as it was; the copy of the backup is cleaned up (the backup itself stays).&lt;/p&gt;&lt;p&gt;Then you enter your passphrase as always.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="89"/>
        <source>Wat u kunt kiezen</source>
        <translation>What you can choose</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="90"/>
        <source>Melding bij het herstel</source>
        <translation>Message about the recovery</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="95"/>
        <source>Herstel afmaken</source>
        <translation>Finish the restore</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="100"/>
        <source>Herstel ongedaan maken</source>
        <translation>Undo the restore</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="105"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="121"/>
        <source>Het terugzetten van een back-up is onderbroken, bijvoorbeeld doordat de computer uitviel. Daardoor staat er nu geen kluis op zijn plek. Er is niets verloren: de gecontroleerde kopie van de back-up en de kluis die hij zou vervangen, staan allebei naast die plek. Kies hoe u verder wilt.</source>
        <translation>Restoring a backup was interrupted, for instance because the computer shut down. That is why there is no vault at its place now. Nothing is lost: the verified copy of the backup and the vault it was to replace are both beside that place. Choose how to continue.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="127"/>
        <source>Het terugzetten begon op %1.</source>
        <translation>The restore began on %1.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="147"/>
        <source>Er is niets verplaatst; u kunt het opnieuw proberen.</source>
        <translation>Nothing was moved; you can try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="151"/>
        <source>Er staat inmiddels weer een kluis op zijn plek (het herstel is elders al afgemaakt of ongedaan gemaakt). Kies Annuleren en open de kluis opnieuw.</source>
        <translation>There is a vault at its place again by now (the restore was finished or undone elsewhere). Choose Cancel and open the vault again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/interrupted_restore_dialog.py" line="157"/>
        <source>Het herstel kan niet meer worden afgemaakt of ongedaan gemaakt: de kopie van de back-up of de vervangen kluis staat niet meer naast de kluis (verplaatst of verwijderd). Er is niets verplaatst of gewist. Zet het verplaatste bestand terug naast de kluis en probeer het opnieuw.</source>
        <translation>The restore can no longer be finished or undone: the copy of the backup or the replaced vault is no longer beside the vault (moved or deleted). Nothing was moved or erased. Put the moved file back beside the vault and try again.</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="35"/>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="39"/>
        <source>Uitgebrachte jaarverslagen</source>
        <extracomment>A report was taken out of the record: what the page&apos;s status line should say now.</extracomment>
        <translation>Issued annual reports</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="42"/>
        <source>Uit de registratie halen…</source>
        <translation>Withdraw from the record…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="44"/>
        <source>Uitgebracht jaarverslag uit de registratie halen</source>
        <translation>Withdraw issued annual report from the record</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="66"/>
        <source>%1 · %2 · uitgebracht op %3 · k = %4 · %5</source>
        <translation>%1 · %2 · issued on %3 · k = %4 · %5</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="100"/>
        <source>Het jaarverslag over %1, uitgebracht op %2 als %3, wordt uit de registratie van uitgebrachte verslagen gehaald. Latere verslagen houden er dan geen rekening meer mee. Doe dit alleen als dit verslag nooit aan de opdrachtgever is gegeven. Doorgaan?</source>
        <translation>The %1 annual report issued on %2 as %3 will be taken out of the record of issued reports. Later reports will no longer take it into account. Only do this if this report was never given to the client. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="119"/>
        <source>Het jaarverslag over %1, uitgebracht op %2 als %3, is uit de registratie gehaald.</source>
        <translation>The %1 annual report issued on %2 as %3 has been taken out of the record.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="84"/>
        <source>Nog geen jaarverslag van deze opdrachtgever uitgebracht.</source>
        <translation>No annual report of this client issued yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/issued_reports.py" line="96"/>
        <source>Uit de registratie halen</source>
        <translation>Withdraw from the record</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="193"/>
        <source>Vergrendelen</source>
        <extracomment>the vault is closed (after any running work ended) the screen is locked (the vault may still be closing behind it) the unlock dialog while it is shown (tests fill it in)</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="316"/>
        <source>Uw wijzigingen van vóór het vergrendelen staan weer klaar; ze zijn nog niet opgeslagen.</source>
        <translation>Your changes from before the lock are back; they have not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="334"/>
        <source>%1: gelukt.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="337"/>
        <source>%1: afgebroken. %2</source>
        <translation>%1: stopped. %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="343"/>
        <source>%1: niet gelukt. %2</source>
        <translation>%1: failed. %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="348"/>
        <source>Afgerond tijdens het vergrendelen</source>
        <translation>Finished while locking</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/lock_controller.py" line="349"/>
        <source>Terwijl de kluis vergrendeld was, is dit afgerond:</source>
        <translation>While the vault was locked, this finished:</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="15"/>
        <source>De kluis is vergrendeld</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="18"/>
        <source>Niets van uw praktijk staat nog op het scherm.</source>
        <translation>Nothing of your practice is on the screen any more.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="20"/>
        <source>Ontgrendelen…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="21"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="22"/>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="23"/>
        <source>App afsluiten</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="26"/>
        <source>Werk dat nog loopt</source>
        <translation>Work still running</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/locked_page.py" line="43"/>
        <source>De kluis sluit zodra dit werk klaar is: %1</source>
        <translation>The vault closes as soon as this work is done: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="84"/>
        <source>Actieve opdrachtgever</source>
        <extracomment>the adviser chose another language; the app rebuilds the window (state is kept) &quot;Kluis sluiten&quot;: the app shows the start screen, then closes this window and its vault</extracomment>
        <translation>Active client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="87"/>
        <source>Gegevens van de actieve opdrachtgever</source>
        <translation>Details of the active client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="149"/>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="164"/>
        <source>DEMOPRAKTIJK — verzonnen gegevens</source>
        <translation>DEMO PRACTICE — made-up data</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="23"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="24"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="30"/>
        <source>Kluis &amp;sluiten / andere kluis openen…</source>
        <translation>&amp;Close vault / open another vault…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="35"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="45"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/window_menus.py" line="55"/>
        <source>&amp;Zoeken in alle opdrachtgevers…</source>
        <translation>&amp;Search all clients…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="194"/>
        <source>Andere opdrachtgever</source>
        <translation>Another client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="214"/>
        <source>Geen opdrachtgever gekozen</source>
        <translation>No client chosen</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="215"/>
        <source>Kies links een opdrachtgever.</source>
        <translation>Choose a client on the left.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="250"/>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation>This part is not available yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="329"/>
        <source>Er zijn niet-opgeslagen wijzigingen in %1. Wilt u ze opslaan?</source>
        <translation>There are unsaved changes in %1. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="376"/>
        <source>Kluis sluiten</source>
        <translation>Close vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/main_window.py" line="389"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="65"/>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="144"/>
        <source>Opdrachtgever afsluiten</source>
        <translation>Close client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="67"/>
        <source>Opdrachtgever</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="70"/>
        <source>Aan het einde van het contract zet VP Desktop alles van deze opdrachtgever in een map: de jaarverslagen, een overzicht van de casussen en het dossier van elke lopende casus (%1 van de %2). Daarna worden de opdrachtgever en al zijn gegevens voorgoed uit de kluis verwijderd.</source>
        <translation>At the end of the contract VP Desktop puts everything of this client in a folder: the annual reports, an overview of the cases and the file of every open case (%1 of %2). After that the client and all its data are removed from the vault for good.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="81"/>
        <source>De map bevat vertrouwelijke gegevens. Kies een versleutelde schijf of USB-stick en geef de bestanden alleen door aan wie ze mag ontvangen.</source>
        <translation>The folder holds confidential data. Choose an encrypted disk or USB stick and pass the files only to those who may receive them.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="87"/>
        <source>Waarschuwing over de export</source>
        <translation>Warning about the export</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="90"/>
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="91"/>
        <source>Kies een map…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="92"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="93"/>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="96"/>
        <source>Code van de opdrachtgever ter bevestiging</source>
        <translation>Client code to confirm</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="99"/>
        <source>Typ ter bevestiging de code van de opdrachtgever: %1</source>
        <translation>To confirm, type the client&apos;s code: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="106"/>
        <source>Voortgang van het afsluiten</source>
        <translation>Progress of closing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="107"/>
        <source>Melding bij afsluiten</source>
        <translation>Message about closing the client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="109"/>
        <source>Exporteren en verwijderen</source>
        <translation>Export and delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="110"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="117"/>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="119"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="129"/>
        <source>In welke map komt de export?</source>
        <translation>Which folder should the export go to?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="146"/>
        <source>Alles van %1 wordt geëxporteerd en daarna voorgoed uit de kluis verwijderd. Dit kan niet ongedaan worden. Doorgaan?</source>
        <translation>Everything of %1 will be exported and then removed from the vault for good. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="168"/>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="169"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/offboard_dialog.py" line="173"/>
        <source>%1 bestanden staan in %2. De opdrachtgever %3 en al zijn gegevens zijn uit de kluis verwijderd.</source>
        <translation>%1 files are in %2. The client %3 and all its data have been removed from the vault.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="54"/>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="81"/>
        <source>Wachtzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="56"/>
        <source>Huidige wachtzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="57"/>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="58"/>
        <source>Nieuwe wachtzin herhalen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="62"/>
        <source>Melding bij huidige wachtzin</source>
        <translation>Message about the current passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="63"/>
        <source>Melding bij nieuwe wachtzin</source>
        <translation>Message about the new passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="64"/>
        <source>Melding bij herhaalde wachtzin</source>
        <translation>Message about the repeated passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="65"/>
        <source>Eerst een back-up maken (aanbevolen)</source>
        <translation>Make a backup first (recommended)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="67"/>
        <source>Eerst een back-up maken</source>
        <translation>Make a backup first</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="70"/>
        <source>Back-ups die u al hebt gemaakt, blijven met de oude wachtzin te openen. Een vergeten wachtzin kan niemand herstellen.</source>
        <translation>Backups you have already made still open with the old passphrase. Nobody can recover a forgotten passphrase.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="76"/>
        <source>Let op bij het wijzigen</source>
        <translation>Take care when changing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="78"/>
        <source>Voortgang van het wijzigen</source>
        <translation>Progress of changing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="79"/>
        <source>Melding bij wijzigen</source>
        <translation>Message about changing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="81"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="86"/>
        <source>&amp;Huidige wachtzin:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="88"/>
        <source>&amp;Nieuwe wachtzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="91"/>
        <source>&amp;Herhaal nieuwe:</source>
        <translation>&amp;Repeat new:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="115"/>
        <source>Dit is niet de huidige wachtzin.</source>
        <translation>This is not the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="120"/>
        <source>Kies een andere wachtzin dan de huidige.</source>
        <translation>Choose a passphrase other than the current one.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="136"/>
        <source>Waar komt de back-up?</source>
        <translation>Where should the backup go?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="144"/>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="145"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="148"/>
        <source>Uw wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe wachtzin.</source>
        <translation>Your passphrase has been changed. From now on use the new passphrase.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/passphrase_change_dialog.py" line="158"/>
        <source>De wachtzin is niet gewijzigd; de huidige blijft geldig.</source>
        <translation>The passphrase has not been changed; the current one stays valid.</translation>
    </message>
</context>
<context>
    <name>PeActivityDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="77"/>
        <source>Nieuwe activiteit</source>
        <extracomment>the activity was stored (its id)</extracomment>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="77"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="92"/>
        <source>bijv. opleider of intervisiegroep</source>
        <translation>e.g. trainer or intervision group</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="94"/>
        <source>geaccrediteerd (ook zonder nummer)</source>
        <translation>accredited (also without a number)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="95"/>
        <source>Geaccrediteerd</source>
        <translation>Accredited</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="97"/>
        <source>waar ging het over?</source>
        <translation>what was it about?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="101"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="102"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="103"/>
        <source>Aanbieder of groep</source>
        <translation>Provider or group</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="104"/>
        <source>Accreditatienummer</source>
        <translation>Accreditation number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="105"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="113"/>
        <source>Deze datum ligt in de toekomst: de activiteit staat als gepland in het overzicht en telt mee zodra de datum voorbij is.</source>
        <translation>This date lies in the future: the activity is shown as planned and counts once the date has passed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="117"/>
        <source>Geplande activiteit</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="120"/>
        <source>Melding bij activiteit</source>
        <translation>Message about the activity</translation>
    </message>
</context>
<context>
    <name>PeDashboard</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="36"/>
        <source>%1 intervisiebijeenkomsten</source>
        <translation>%1 intervision sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="41"/>
        <source>%1 bijeenkomsten</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="46"/>
        <source>%1 vraagt %2 per jaar; in %3 hebt u %4.</source>
        <translation>%1 asks for %2 a year; in %3 you have %4.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="48"/>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="50"/>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="58"/>
        <source>%1 vraagt een VOG; er is nog geen VOG vastgelegd.</source>
        <translation>%1 asks for a VOG; no VOG has been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="63"/>
        <source>Uw VOG is sinds %1 ouder dan %2 maanden, terwijl %3 een recentere vraagt.</source>
        <translation>Since %1 your VOG is older than %2 months, while %3 asks for a more recent one.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="68"/>
        <source>Uw VOG wordt op %1 ouder dan %2 maanden, wat %3 vraagt.</source>
        <translation>On %1 your VOG becomes older than the %2 months %3 asks for.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="79"/>
        <source>%1: herregistratie was op %2.</source>
        <translation>%1: recertification was due on %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="81"/>
        <source>%1: herregistratie op %2.</source>
        <translation>%1: recertification on %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="85"/>
        <source>%1 is verlopen op %2.</source>
        <translation>%1 expired on %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dashboard_lines.py" line="87"/>
        <source>%1 verloopt op %2.</source>
        <translation>%1 expires on %2.</translation>
    </message>
</context>
<context>
    <name>PeDialogs</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="47"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="49"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeDossier</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dossier_flow.py" line="23"/>
        <source>Herregistratiedossier</source>
        <translation>Recertification dossier</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dossier_flow.py" line="25"/>
        <source>In welke map komt het herregistratiedossier?</source>
        <translation>Which folder should the recertification dossier go in?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dossier_flow.py" line="42"/>
        <source>Het dossier staat in de map %1. Er zijn nog geen bewijsstukken.</source>
        <translation>The dossier is in the folder %1. There are no evidence files yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dossier_flow.py" line="46"/>
        <source>Het dossier en 1 bewijsstuk staan in de map %1.</source>
        <translation>The dossier and 1 evidence file are in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/dossier_flow.py" line="51"/>
        <source>Het dossier en %1 bewijsstukken staan in de map %2.</source>
        <translation>The dossier and %1 evidence files are in the folder %2.</translation>
    </message>
</context>
<context>
    <name>PeEvidencePanel</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="45"/>
        <source>Bewijsstukken</source>
        <extracomment>evidence was added or deleted (the activity list shows how many files each activity has)</extracomment>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="47"/>
        <source>Bewijsstukken van de activiteit</source>
        <translation>Evidence of the activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="50"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="51"/>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="52"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="53"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="59"/>
        <source>Bewijs toevoegen</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="60"/>
        <source>Bewijs bekijken</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="61"/>
        <source>Bewijs exporteren</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="62"/>
        <source>Bewijs verwijderen</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="69"/>
        <source>Melding bij bewijsstukken</source>
        <translation>Message about evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="71"/>
        <source>Kies een bewijsstuk om het hier te bekijken.</source>
        <translation>Choose an evidence file to view it here.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="72"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="143"/>
        <source>Bewijsstuk toevoegen</source>
        <translation>Add evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="143"/>
        <source>Certificaten (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificates (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="190"/>
        <source>Bewijsstuk exporteren</source>
        <translation>Export evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="208"/>
        <source>Bewijsstuk verwijderen</source>
        <translation>Delete evidence file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_evidence_panel.py" line="209"/>
        <source>“%1” voorgoed uit de kluis verwijderen?</source>
        <translation>Remove “%1” from the vault for good?</translation>
    </message>
</context>
<context>
    <name>PeImport</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="27"/>
        <source>… en nog %1 andere.</source>
        <extracomment>Problems listed in the message; the rest are counted.</extracomment>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="29"/>
        <source>Er is niets geïmporteerd. Pas het bestand aan en probeer het opnieuw:</source>
        <translation>Nothing was imported. Correct the file and try again:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="40"/>
        <source>Logboek importeren</source>
        <translation>Import log</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="43"/>
        <source>Logboek deskundigheidsbevordering importeren</source>
        <translation>Import professional-development log</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="44"/>
        <source>Spreadsheet (*.csv *.xlsx)</source>
        <translation>Spreadsheet (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="57"/>
        <source>1 activiteit importeren uit %2?</source>
        <translation>Import 1 activity from %2?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="59"/>
        <source>%1 activiteiten importeren uit %2?</source>
        <translation>Import %1 activities from %2?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="74"/>
        <source>1 activiteit is geïmporteerd.</source>
        <translation>1 activity was imported.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/import_flow.py" line="76"/>
        <source>%1 activiteiten zijn geïmporteerd.</source>
        <translation>%1 activities were imported.</translation>
    </message>
</context>
<context>
    <name>PeSection</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="81"/>
        <source>Deskundigheidsbevordering</source>
        <extracomment>the open activity or standards dialog, if any (tests fill it in)</extracomment>
        <translation>Professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="90"/>
        <source>Activiteit toevoegen…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="91"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="92"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="93"/>
        <source>Normen instellen…</source>
        <translation>Set standards…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="94"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="96"/>
        <source>Uw logboek uit een spreadsheet (CSV of XLSX) overnemen, alles of niets</source>
        <translation>Take over your log from a spreadsheet (CSV or XLSX), all or nothing</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="106"/>
        <source>Periode van het overzicht</source>
        <translation>Period of the overview</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="115"/>
        <source>Taal van het overzicht</source>
        <extracomment>the period the adviser chose, kept through refreshes and a lock (None: the default)</extracomment>
        <translation>Language of the overview</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="116"/>
        <source>met bewijsstukken</source>
        <translation>with evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="117"/>
        <source>Bewijsstukken meeleveren</source>
        <translation>Include evidence files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="118"/>
        <source>Overzicht opslaan…</source>
        <translation>Save overview…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="120"/>
        <source>Herregistratiedossier…</source>
        <translation>Recertification dossier…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="122"/>
        <source>Per onderdeel van de lopende cyclus de activiteiten met de bewijsstukken</source>
        <translation>Per requirement of the running cycle, the activities with their evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="133"/>
        <source>Overzicht voor het herregistratiedossier:</source>
        <translation>Overview for the recertification dossier:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="141"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="169"/>
        <source>Melding bij deskundigheidsbevordering</source>
        <translation>Message about professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="180"/>
        <source>Onderdelen van deskundigheidsbevordering</source>
        <translation>Parts of professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="181"/>
        <source>Activiteiten en normen</source>
        <translation>Activities and standards</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="182"/>
        <source>Registratie en VOG</source>
        <translation>Registration and VOG</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="292"/>
        <source>Lopende cyclus</source>
        <translation>Current cycle</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="341"/>
        <source>%1 van %2 voorgoed verwijderen, met de bewijsstukken erbij?</source>
        <translation>Delete %1 of %2 for good, with its evidence?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_section.py" line="343"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="45"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="66"/>
        <source>Overzicht opslaan</source>
        <extracomment>the period choice meaning &quot;the running cycle&quot; (other choices are years)</extracomment>
        <translation>Save overview</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="50"/>
        <source>Overzicht opslaan als</source>
        <translation>Save overview as</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="69"/>
        <source>Het overzicht staat in %1.</source>
        <translation>The overview is in %1.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="75"/>
        <source>1 bewijsstuk staat in de map %2.</source>
        <translation>1 evidence file is in the folder %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="77"/>
        <source>%1 bewijsstukken staan in de map %2.</source>
        <translation>%1 evidence files are in the folder %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_report_flow.py" line="82"/>
        <source>Overzicht opgeslagen</source>
        <translation>Overview saved</translation>
    </message>
</context>
<context>
    <name>PeTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="45"/>
        <source>Datum</source>
        <extracomment>the activity id of a row</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="46"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="47"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="48"/>
        <source>Aanbieder of groep</source>
        <translation>Provider or group</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="49"/>
        <source>Accreditatienummer</source>
        <translation>Accreditation number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="50"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="51"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="114"/>
        <source>%1 (gepland)</source>
        <translation>%1 (planned)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="116"/>
        <source>geaccrediteerd</source>
        <translation>accredited</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_table_model.py" line="136"/>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>PeopleSearchDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="63"/>
        <source>Zoeken in alle opdrachtgevers</source>
        <extracomment>open this case at its own client: (client id, case id)</extracomment>
        <translation>Search all clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="66"/>
        <source>Zoek op naam of roepnaam van de melder, afdeling, andere betrokkenen of een woord uit uw notities. U ziet bij welke opdrachtgever en casus het staat.</source>
        <translation>Search for the melder&apos;s name or alias, a department, others involved or a word from your notes. You see which client and case it belongs to.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="72"/>
        <source>Zoeken naar</source>
        <translation>Search for</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="73"/>
        <source>Bijvoorbeeld een naam of afdeling</source>
        <translation>For example a name or department</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="78"/>
        <source>Gevonden casussen</source>
        <translation>Cases found</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="83"/>
        <source>Aantal gevonden casussen</source>
        <translation>Number of cases found</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="101"/>
        <source>naam melder</source>
        <translation>melder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="102"/>
        <source>roepnaam</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="103"/>
        <source>afdeling</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="104"/>
        <source>andere betrokkenen</source>
        <translation>others involved</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="105"/>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="124"/>
        <source>1 casus gevonden.</source>
        <translation>1 case found.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="125"/>
        <source>%1 casussen gevonden.</source>
        <translation>%1 cases found.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/casework/people_search_dialog.py" line="125"/>
        <source>Geen casus gevonden.</source>
        <translation>No case found.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="94"/>
        <source>Stand van het jaarplan</source>
        <translation>Progress of the annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="95"/>
        <source>Activiteit plannen</source>
        <translation>Plan an activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="96"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="97"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="98"/>
        <source>Jaarplan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="115"/>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="298"/>
        <source>Geplande activiteit</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="126"/>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="127"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="128"/>
        <source>Gehouden als</source>
        <translation>Held as</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="122"/>
        <source>Plan opslaan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="123"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="130"/>
        <source>Melding bij het jaarplan</source>
        <translation>Message about the annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="180"/>
        <source>Nog geen jaarplan voor %1.</source>
        <translation>No annual plan for %1 yet.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="183"/>
        <source>Jaarplan %1: %2 van %3 gedaan</source>
        <translation>Annual plan %1: %2 of %3 done</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="199"/>
        <source>Nog niet gehouden</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="242"/>
        <source>Uit het jaarplan halen</source>
        <translation>Remove from the annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="243"/>
        <source>“%1” uit het jaarplan halen? De gehouden activiteit blijft bestaan.</source>
        <translation>Remove “%1” from the annual plan? The activity held stays.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="299"/>
        <source>Activiteit plannen voor %1</source>
        <translation>Plan an activity for %1</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="47"/>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="48"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="49"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="50"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="63"/>
        <source>gedaan op %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="65"/>
        <source>niet gerealiseerd</source>
        <translation>not carried out</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/plan_panel.py" line="66"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_models.py" line="135"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_models.py" line="135"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_models.py" line="135"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/caseload_io/import_models.py" line="135"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="54"/>
        <source>Voortgang deskundigheidsbevordering</source>
        <extracomment>wide enough for &quot;132,5 u van 72 u&quot; with the fill edge clear of most of the text the adviser wants to set the standards (e.g. the missing cycle start date)</extracomment>
        <translation>Progress in professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="61"/>
        <source>Melding bij de voortgang</source>
        <extracomment>(rule set code, requirement code or &quot;total&quot;, &quot;hours&quot; or &quot;sessions&quot;) -&gt; line</extracomment>
        <translation>Message about progress</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="62"/>
        <source>Startdatum invullen…</source>
        <translation>Enter start date…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="107"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="128"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="131"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="170"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="182"/>
        <source>nog %1</source>
        <translation>%1 to go</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="63"/>
        <source>Startdatum van uw cyclus invullen</source>
        <translation>Enter the start date of your cycle</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="91"/>
        <source>Vul de startdatum van uw cyclus in, dan ziet u hier ook de voortgang over de hele cyclus.</source>
        <translation>Enter the start date of your cycle to see the progress over the whole cycle here too.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="132"/>
        <source>niet elk onderdeel behaald</source>
        <translation>not every requirement met</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="141"/>
        <source>Toelichting bij %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="148"/>
        <source>U loopt achter op schema: %1% van de periode is voorbij. Plan op tijd wat nog ontbreekt.</source>
        <translation>You are behind schedule: %1% of the period has passed. Plan what is still missing in good time.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="154"/>
        <source>Waarschuwing: achter op schema</source>
        <translation>Warning: behind schedule</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="178"/>
        <source>%1 van %2 bijeenkomsten</source>
        <translation>%1 of %2 sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="183"/>
        <source>%1 (bijeenkomsten)</source>
        <translation>%1 (sessions)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="185"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="235"/>
        <source>%1 gepland</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="229"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="243"/>
        <source>Een bijeenkomst telt mee vanaf %1 minuten.</source>
        <translation>A meeting counts as a session from %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="251"/>
        <source>Voor %1 telt per kalenderjaar hoogstens %2 mee.</source>
        <translation>For %1, at most %2 counts per calendar year.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="253"/>
        <source>Voor %1 telt per cyclusjaar hoogstens %2 mee.</source>
        <translation>For %1, at most %2 counts per cycle year.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="260"/>
        <source>%1 zonder accreditatie telt niet mee voor %2.</source>
        <translation>%1 without accreditation does not count towards %2.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="265"/>
        <source>1 bijeenkomst was te kort om als bijeenkomst te tellen.</source>
        <translation>1 meeting was too short to count as a session.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="268"/>
        <source>%1 bijeenkomsten waren te kort om als bijeenkomst te tellen.</source>
        <translation>%1 meetings were too short to count as sessions.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="276"/>
        <source>behaald</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="278"/>
        <source>niet behaald</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_progress_view.py" line="280"/>
        <source>%1 · achter op schema</source>
        <translation>%1 · behind schedule</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="49"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="50"/>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="69"/>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="86"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="52"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="53"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="62"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="65"/>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/prompts.py" line="85"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_preview.py" line="21"/>
        <source>Voorbeeld van het jaarverslag</source>
        <translation>Preview of the annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_preview.py" line="22"/>
        <source>Pagina&apos;s van het jaarverslag</source>
        <translation>Pages of the annual report</translation>
    </message>
</context>
<context>
    <name>ReportTextsEditor</name>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="28"/>
        <source>Inleiding</source>
        <extracomment>the typed text changed</extracomment>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="29"/>
        <source>Signalen en aanbevelingen</source>
        <translation>Signals and recommendations</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="30"/>
        <source>Teksten &amp;opslaan</source>
        <translation>&amp;Save texts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="31"/>
        <source>Teksten opslaan</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="32"/>
        <source>Voorbeeldtekst invoegen</source>
        <translation>Insert example text</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="33"/>
        <source>Teksten van vorig jaar overnemen</source>
        <translation>Reuse last year&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="38"/>
        <source>&amp;Inleiding (rol en reikwijdte)</source>
        <translation>&amp;Introduction (role and scope)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="39"/>
        <source>&amp;Signalen en aanbevelingen</source>
        <translation>&amp;Signals and recommendations</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="70"/>
        <source>Tekst vervangen</source>
        <translation>Replace text</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="71"/>
        <source>De tekst die er nu staat, wordt vervangen. Doorgaan?</source>
        <translation>The text that is there now will be replaced. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="82"/>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="93"/>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/report_texts_editor.py" line="96"/>
        <source>Er zijn geen teksten van een eerder jaar.</source>
        <translation>There are no texts of an earlier year.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="78"/>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="187"/>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="307"/>
        <source>Jaarverslag</source>
        <extracomment>The year the adviser last chose, for this run of the app: kept when the window is rebuilt for another language, and when another client is chosen.</extracomment>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="84"/>
        <source>Verslagjaar</source>
        <translation>Report year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="87"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="88"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="89"/>
        <source>Taal van het verslag</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="92"/>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="93"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="219"/>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="222"/>
        <source>Teksten opslaan</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="108"/>
        <source>Jaarverslag &amp;exporteren…</source>
        <translation>&amp;Export annual report…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="109"/>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="364"/>
        <source>Jaarverslag exporteren</source>
        <translation>Export annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="111"/>
        <source>Overzicht van alle opdrachtgevers exporteren…</source>
        <translation>Export overview of all clients…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="113"/>
        <source>Overzicht van alle opdrachtgevers exporteren</source>
        <translation>Export overview of all clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="120"/>
        <source>Status van het jaarverslag</source>
        <translation>Status of the annual report</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="178"/>
        <source>Kies een opdrachtgever om het jaarverslag te maken.</source>
        <translation>Choose a client to make the annual report.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="224"/>
        <source>De teksten zijn opgeslagen in de kluis.</source>
        <translation>The texts have been saved in the vault.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/annual_report/reports_section.py" line="366"/>
        <source>De teksten bevatten gegevens die iemand herkenbaar kunnen maken. Controleer de gevonden woorden en vink daarna “Ik heb de tekst gecontroleerd” aan.</source>
        <translation>The texts contain details that could identify someone. Check the words found, then tick “I have checked the text”.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="194"/>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="232"/>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="319"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="197"/>
        <source>Kies een back-up. VP Desktop controleert hem eerst en laat zien wat erin staat. Pas na uw bevestiging vervangt hij de huidige kluis; die blijft apart bewaard tot u hem zelf verwijdert.</source>
        <translation>Choose a backup. VP Desktop checks it first and shows what it contains. Only after you confirm does it replace the current vault; that one is kept aside until you delete it yourself.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="204"/>
        <source>Back-upbestand</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="205"/>
        <source>Kies een back-upbestand…</source>
        <translation>Choose a backup file…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="206"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="207"/>
        <source>Back-upbestand kiezen</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="209"/>
        <source>Wachtzin van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="214"/>
        <source>Inhoud van de back-up</source>
        <translation>Contents of the backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="216"/>
        <source>Voortgang van de controle</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="217"/>
        <source>Melding bij terugzetten</source>
        <translation>Message about restoring</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="222"/>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="224"/>
        <source>Back-up controleren</source>
        <translation>Check backup</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="230"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="236"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="243"/>
        <source>&amp;Back-up:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="246"/>
        <source>&amp;Wachtzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="255"/>
        <source>Welke back-up?</source>
        <translation>Which backup?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="272"/>
        <source>Kies eerst een back-upbestand.</source>
        <translation>Choose a backup file first.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="275"/>
        <source>Vul de wachtzin van de back-up in.</source>
        <translation>Enter the passphrase of the backup.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="290"/>
        <source>&lt;b&gt;Deze back-up is in orde.&lt;/b&gt;</source>
        <translation>&lt;b&gt;This backup is in good order.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="291"/>
        <source>Bestand van %1.</source>
        <translation>File of %1.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="292"/>
        <source>%1, %2, waarvan %3 lopend.</source>
        <translation>%1, %2, %3 of them open.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="295"/>
        <source>1 opdrachtgever</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="295"/>
        <source>%1 opdrachtgevers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="297"/>
        <source>1 casus</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="297"/>
        <source>%1 casussen</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="301"/>
        <source>De back-up is bijgewerkt naar deze versie van VP Desktop.</source>
        <translation>The backup has been updated to this version of VP Desktop.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="305"/>
        <source>Bij terugzetten wordt de huidige kluis vervangen; hij blijft apart bewaard.</source>
        <translation>Restoring replaces the current vault; it is kept aside.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="321"/>
        <source>De huidige kluis wordt vervangen door deze back-up. Wat u na het maken van de back-up hebt ingevoerd, staat alleen nog in de apart bewaarde oude kluis. Doorgaan?</source>
        <translation>The current vault will be replaced by this backup. What you entered after making the backup will only be in the old vault, which is kept aside. Continue?</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="336"/>
        <source>De back-up is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/backup_dialogs.py" line="338"/>
        <source>De vorige kluis staat apart als %1.</source>
        <translation>The previous vault is kept aside as %1.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="114"/>
        <source>Te vernietigen dossiers</source>
        <translation>Case files to destroy</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="118"/>
        <source>Van deze gesloten casussen is de bewaartermijn verstreken. Vernietigen wist namen, contactgegevens, afdeling, aantekeningen, gespreksnotities, toestemmingsnotities en bijlagen voorgoed. De anonieme gegevens (data, onderwerpen, minuten) blijven, zodat eerdere jaarverslagen blijven kloppen.</source>
        <translation>The retention period of these closed cases has passed. Destroying erases names, contact details, department, notes, contact notes, consent notes and attachments for good. The anonymous data (dates, categories, minutes) stays, so earlier annual reports still add up.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="130"/>
        <source>Casussen die vernietigd moeten worden</source>
        <translation>Cases to be destroyed</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="143"/>
        <source>Er zijn geen dossiers die vernietigd moeten worden.</source>
        <translation>There are no case files to destroy.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="144"/>
        <source>Geen te vernietigen dossiers</source>
        <translation>No case files to destroy</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="146"/>
        <source>Voortgang van het vernietigen</source>
        <translation>Progress of destroying</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="147"/>
        <source>Melding bij vernietigen</source>
        <translation>Message about destroying</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="152"/>
        <source>Geselecteerde vernietigen</source>
        <translation>Destroy selected</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="154"/>
        <source>Geselecteerde dossiers vernietigen</source>
        <translation>Destroy selected case files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="159"/>
        <source>Alle vernietigen</source>
        <translation>Destroy all</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="161"/>
        <source>Alle dossiers vernietigen</source>
        <translation>Destroy all case files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="165"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="197"/>
        <source>Kies eerst een of meer casussen in de lijst.</source>
        <translation>First choose one or more cases in the list.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="209"/>
        <source>Het dossier van %1 wordt voorgoed vernietigd. Dit kan niet ongedaan worden.</source>
        <translation>The case file of %1 will be destroyed for good. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="213"/>
        <source>De dossiers van %1 casussen worden voorgoed vernietigd. Dit kan niet ongedaan worden.</source>
        <translation>The case files of %1 cases will be destroyed for good. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="217"/>
        <source>Dossiers vernietigen</source>
        <translation>Destroy case files</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="231"/>
        <source>1 dossier is vernietigd. De anonieme gegevens blijven bewaard voor de jaarverslagen.</source>
        <translation>1 file has been destroyed. The anonymous data is kept for the annual reports.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/data_safety/retention_dialog.py" line="235"/>
        <source>%1 dossiers zijn vernietigd. De anonieme gegevens blijven bewaard voor de jaarverslagen.</source>
        <translation>%1 case files have been destroyed. The anonymous data stays for the annual reports.</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="219"/>
        <source>Normen voor deskundigheidsbevordering</source>
        <translation>Standards for professional development</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="228"/>
        <source>Kies de normen waaraan u moet voldoen. U kunt de aantallen aanpassen als uw register andere regels hanteert.</source>
        <translation>Choose the standards you must meet. You can adjust the numbers if your register uses other rules.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="236"/>
        <source>Aantallen per norm</source>
        <translation>Numbers per standard</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="243"/>
        <source>Normen</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="245"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="247"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="262"/>
        <source>Startdatum van uw cyclus</source>
        <translation>Start date of your cycle</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_dialogs.py" line="257"/>
        <source>Melding bij normen</source>
        <translation>Message about the standards</translation>
    </message>
</context>
<context>
    <name>RuleSetEditor</name>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="72"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="73"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="74"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="75"/>
        <source>Telt hoogstens per jaar</source>
        <translation>Counts at most per year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="76"/>
        <source>Alleen geaccrediteerd</source>
        <translation>Accredited only</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="87"/>
        <source>Minimum uren voor %1</source>
        <translation>Minimum hours for %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="91"/>
        <source>Minimum bijeenkomsten voor %1</source>
        <translation>Minimum sessions for %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="94"/>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="95"/>
        <source>Jaarmaximum voor %1</source>
        <translation>Yearly maximum for %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="98"/>
        <source>Alleen geaccrediteerde activiteiten tellen voor %1</source>
        <translation>Only accredited activities count towards %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="108"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="109"/>
        <source>Minimum uren in totaal</source>
        <translation>Minimum hours in total</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="110"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="114"/>
        <source>per cyclusjaar (vanaf de startdatum)</source>
        <translation>per cycle year (from the start date)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="115"/>
        <source>per kalenderjaar</source>
        <translation>per calendar year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="116"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="126"/>
        <source>Het jaarmaximum geldt</source>
        <translation>The yearly cap applies</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="121"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="122"/>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="127"/>
        <source>Een bijeenkomst telt vanaf</source>
        <translation>A session counts from</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="133"/>
        <source>Standaardwaarden</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/professional_development/pe_rule_set_editor.py" line="134"/>
        <source>Standaardwaarden van deze norm</source>
        <translation>Defaults of this standard</translation>
    </message>
</context>
<context>
    <name>SafetyErrors</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/task_dialog.py" line="44"/>
        <source>De controle van de back-up klopte niet; hij is niet bewaard. Probeer het opnieuw.</source>
        <translation>The check of the backup failed; it was not kept. Please try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/task_dialog.py" line="48"/>
        <source>Dat bestand is de kluis zelf. Kies een ander bestand.</source>
        <translation>That file is the vault itself. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/task_dialog.py" line="51"/>
        <source>Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet. Probeer een andere back-up.</source>
        <translation>This backup is damaged or incomplete and cannot be restored. Try another backup.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/task_dialog.py" line="56"/>
        <source>Deze wachtzin past niet bij de kluis of de back-up.</source>
        <translation>This passphrase does not fit the vault or the backup.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/task_dialog.py" line="62"/>
        <source>Het bestand kon niet worden gelezen of geschreven. Er is niets gewist.</source>
        <translation>The file could not be read or written. Nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="83"/>
        <source> min</source>
        <extracomment>the settings as saved (the main window applies language and auto-lock)</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="84"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="85"/>
        <source>bij vergrendelen</source>
        <translation>at lock</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="86"/>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="213"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="87"/>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="209"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="91"/>
        <source>Geslacht van melders opnemen</source>
        <translation>Include the reporter&apos;s gender</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="92"/>
        <source>Leeftijdsgroep van melders opnemen</source>
        <translation>Include the reporter&apos;s age group</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="98"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="101"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="102"/>
        <source>Automatisch &amp;vergrendelen na</source>
        <translation>Lock &amp;automatically after</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="103"/>
        <source>&amp;Klembord wissen na</source>
        <translation>&amp;Clear the clipboard after</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="104"/>
        <source>Herinnering aan &amp;back-up na</source>
        <translation>Backup &amp;reminder after</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="105"/>
        <source>&amp;Drempel voor kleine aantallen</source>
        <translation>&amp;Threshold for small numbers</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="106"/>
        <source>Dossier &amp;bewaren na sluiten</source>
        <translation>&amp;Keep case file after closing for</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="107"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="108"/>
        <source>&amp;Registratienummer</source>
        <translation>&amp;Registration number</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="109"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="110"/>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="111"/>
        <source>Naam van de &amp;praktijk</source>
        <translation>Name of the &amp;practice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="146"/>
        <source>Werkwijze</source>
        <translation>Way of working</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="150"/>
        <source>Jaarverslag en bewaren</source>
        <translation>Annual report and retention</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="153"/>
        <source>Aantallen onder de drempel staan in het jaarverslag als “minder dan”, zodat niemand een melder herkent.</source>
        <translation>Numbers below the threshold appear in the annual report as “fewer than”, so that nobody can recognise a reporter.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="158"/>
        <source>Uw gegevens</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="160"/>
        <source>Deze gegevens staan op het voorblad van het jaarverslag.</source>
        <translation>These details appear on the cover of the annual report.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="163"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="164"/>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="167"/>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="168"/>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="171"/>
        <source>Status van de instellingen</source>
        <translation>Status of the settings</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="209"/>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="213"/>
        <source> dag</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="216"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="281"/>
        <source>Niet opgeslagen: verbeter wat hierboven staat.</source>
        <translation>Not saved: correct what is shown above.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="292"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="309"/>
        <source>Nieuwe bewaartermijn</source>
        <translation>New retention period</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="313"/>
        <source>Wilt u de nieuwe bewaartermijn ook toepassen op de gesloten casus die nog niet is vernietigd? De vernietigingsdatum wordt dan de sluitdatum plus de nieuwe termijn.</source>
        <translation>Apply the new retention period to the closed case that has not been destroyed yet? Its destroy-by date then becomes the closing date plus the new period.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="318"/>
        <source>Wilt u de nieuwe bewaartermijn ook toepassen op de %1 gesloten casussen die nog niet zijn vernietigd? Hun vernietigingsdatum wordt dan de sluitdatum plus de nieuwe termijn.</source>
        <translation>Apply the new retention period to the %1 closed cases that have not been destroyed yet? Their destroy-by dates then become the closing date plus the new period.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="328"/>
        <source>Opgeslagen. Eén vernietigingsdatum is aangepast.</source>
        <translation>Saved. One destroy-by date was changed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/settings_section.py" line="329"/>
        <source>Opgeslagen. %1 vernietigingsdatums zijn aangepast.</source>
        <translation>Saved. %1 destroy-by dates were changed.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="204"/>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="210"/>
        <source>Opdrachtgevers</source>
        <extracomment>the badge&apos;s distance from the item&apos;s right edge, and the gap between name and badge the widest the sidebar grows for a long client name (beyond it the name is shortened, its tooltip names it whole): with the cases section beside it, the window and its frame still fit a 1280 px screen</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="214"/>
        <source>Lijst van opdrachtgevers</source>
        <translation>List of clients</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="224"/>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="225"/>
        <source>Nieuwe opdrachtgever</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="227"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="228"/>
        <location filename="../../vp_desktop/ui/shell/sidebar.py" line="229"/>
        <source>Opdrachtgever bewerken</source>
        <translation>Edit client</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="52"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="52"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="55"/>
        <source>Signalen van deze opdrachtgever</source>
        <translation>Signals of this client</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="70"/>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="71"/>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="102"/>
        <source>Dubbelklik om de casus te openen</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signal_list.py" line="111"/>
        <source>Geen signalen in %1.</source>
        <translation>No signals in %1.</translation>
    </message>
</context>
<context>
    <name>SignalsSection</name>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="68"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="72"/>
        <source>Datum laatste RI&amp;E</source>
        <translation>Date of the latest risk inventory (RI&amp;E)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="73"/>
        <source>Datum laatste MTO</source>
        <translation>Date of the latest staff survey (MTO)</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="74"/>
        <source>Risico-inventarisatie en -evaluatie</source>
        <translation>Risk inventory and evaluation</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="75"/>
        <source>Medewerkerstevredenheidsonderzoek</source>
        <translation>Staff satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="78"/>
        <source>Data opslaan</source>
        <translation>Save dates</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="79"/>
        <source>RI&amp;E- en MTO-datum opslaan</source>
        <translation>Save the RI&amp;E and MTO dates</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="82"/>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="95"/>
        <source>Alleen voor uzelf: signalen komen nooit in een rapportage. Wat u de organisatie wilt laten weten, schrijft u in eigen woorden bij het jaarverslag.</source>
        <translation>For yourself only: signals never appear in a report. What you want the organisation to know, you write in your own words in the annual report.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="101"/>
        <source>Melding bij signalen</source>
        <translation>Message about the signals</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="113"/>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="126"/>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="182"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="114"/>
        <source>Adviezen</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="115"/>
        <source>Jaarplan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/signals/signals_section.py" line="161"/>
        <source>Signalen (%1)</source>
        <translation>Signals (%1)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="86"/>
        <source>Naam van de app</source>
        <extracomment>the dialog currently shown (tests fill it in)</extracomment>
        <translation>Name of the app</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="89"/>
        <source>Uw vertrouwelijke praktijk, versleuteld op deze computer. Niets verlaat de laptop zonder dat u het zelf exporteert.</source>
        <translation>Your confidential practice, encrypted on this computer. Nothing leaves the laptop unless you export it yourself.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="95"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="97"/>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="98"/>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="179"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="100"/>
        <source>Andere kluis openen…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="101"/>
        <source>Andere kluis openen</source>
        <translation>Open another vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="107"/>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="110"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="108"/>
        <source>Begin met een lege, versleutelde kluis voor uw praktijk.</source>
        <translation>Start with an empty, encrypted vault for your practice.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="113"/>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="116"/>
        <source>Demopraktijk bekijken</source>
        <translation>Explore the demo practice</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="114"/>
        <source>Een verzonnen praktijk om VP Desktop rustig te leren kennen.</source>
        <translation>A made-up practice to get to know VP Desktop at ease.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="160"/>
        <source>Laatst gebruikt: %1</source>
        <translation>Last used: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="163"/>
        <source>Kies het kluisbestand van uw praktijk.</source>
        <translation>Choose your practice&apos;s vault file.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shell/start_screen.py" line="180"/>
        <source>Kluis van VP Desktop (%1)</source>
        <translation>VP Desktop vault (%1)</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="97"/>
        <source>Sterkte van de wachtzin</source>
        <extracomment>the vault&apos;s own names (adviser, practice, clients), which make a passphrase guessable</extracomment>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="99"/>
        <source>Oordeel over de wachtzin</source>
        <translation>Verdict on the passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="102"/>
        <source>Tip voor de wachtzin</source>
        <translation>Passphrase tip</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="114"/>
        <source>Te zwak</source>
        <translation>Too weak</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="115"/>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="116"/>
        <source>Redelijk</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="117"/>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="118"/>
        <source>Zeer sterk</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="131"/>
        <source>Sterkte: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="133"/>
        <source>Kies een zin van vier of meer woorden die alleen u kent.</source>
        <translation>Choose a sentence of four or more words that only you know.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="161"/>
        <source>Kluis ontgrendelen</source>
        <extracomment>on the lock screen: the adviser chose to end the app (Esc only closes this dialog)</extracomment>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="165"/>
        <source>Vul uw wachtzin in om verder te werken.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="167"/>
        <source>Vul de wachtzin van deze kluis in.</source>
        <translation>Enter the passphrase of this vault.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="171"/>
        <source>Kluisbestand</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="174"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="175"/>
        <source>Melding bij ontgrendelen</source>
        <translation>Message about unlocking</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="178"/>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="180"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="185"/>
        <source>App afsluiten</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="192"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="199"/>
        <source>Kluis:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="200"/>
        <source>&amp;Wachtzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/passphrase_widgets.py" line="219"/>
        <source>Vul uw wachtzin in.</source>
        <translation>Enter your passphrase.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="52"/>
        <location filename="../../vp_desktop/ui/shell/help_menu.py" line="54"/>
        <source>Gebruikershandleiding</source>
        <extracomment>the guide in each UI language: (file in docs/, file beside a Linux bundle&apos;s executable)</extracomment>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="18"/>
        <source>Dit item bestaat niet (meer). Kies het opnieuw in de lijst.</source>
        <translation>This item no longer exists. Choose it again in the list.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="22"/>
        <source>Deze wachtzin klopt niet. Probeer het opnieuw.</source>
        <translation>This passphrase is not correct. Please try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="25"/>
        <source>Dit bestand is geen kluis van VP Desktop.</source>
        <translation>This file is not a VP Desktop vault.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="28"/>
        <source>De kluis is beschadigd. Zet een back-up terug.</source>
        <translation>The vault is damaged. Restore a backup.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="31"/>
        <source>Deze kluis is gemaakt met een nieuwere versie van VP Desktop. Werk de app bij om hem te openen.</source>
        <translation>This vault was made with a newer version of VP Desktop. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="36"/>
        <source>Op deze plek staat geen kluis (meer). Kies het bestand.</source>
        <translation>There is no vault (any more) at this place. Choose the file.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="39"/>
        <source>Op deze plek staat al een bestand. Kies een andere naam of map.</source>
        <translation>There is already a file at this place. Choose another name or folder.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="42"/>
        <source>Op deze plek kan VP Desktop niet schrijven (alleen-lezen of geen toegang).</source>
        <translation>VP Desktop cannot write at this place (read-only or no access).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="46"/>
        <source>Deze map bestaat niet. Kies een bestaande map (staat de USB-stick erin?).</source>
        <translation>This folder does not exist. Choose an existing folder (is the USB stick plugged in?).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="50"/>
        <source>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="63"/>
        <source>De kluis is vergrendeld; ontgrendel hem en probeer het opnieuw.</source>
        <translation>The vault is locked; unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="66"/>
        <source>Het kluisbestand is verplaatst, vervangen of verwijderd terwijl het open was. Er wordt niets meer in opgeslagen. Sluit VP Desktop, zet het kluisbestand terug (of zet een back-up terug) en open het opnieuw.</source>
        <translation>The vault file was moved, replaced or deleted while it was open. Nothing more is saved in it. Close VP Desktop, put the vault file back (or restore a backup) and open it again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="72"/>
        <source>De controle heeft schade in de kluis gevonden. Er wordt niets meer opgeslagen: zet de meest recente back-up terug (Gegevens → Back-up terugzetten).</source>
        <translation>The check found damage in the vault. Nothing more is saved: restore the most recent backup (Data → Restore backup).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="77"/>
        <source>De wachtzin bevat een onzichtbaar stuurteken (zoals NUL). Typ hem opnieuw, zonder dat teken.</source>
        <translation>The passphrase contains an invisible control character (such as NUL). Type it again, without that character.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="82"/>
        <source>De wachtzin is NIET gewijzigd; de oude wachtzin opent de kluis nog. Maak ruimte vrij op de schijf en probeer het opnieuw.</source>
        <translation>The passphrase was NOT changed; the old passphrase still opens the vault. Free some disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="88"/>
        <source>Het terugzetten van een back-up is onderbroken: de kluis staat niet op zijn plek. Zolang de gecontroleerde kopie van de back-up en de vervangen kluis (…replaced-&lt;datum&gt;) ernaast staan, vraagt VP Desktop bij het openen of u het herstel wilt afmaken of ongedaan maken. Staat de vervangen kluis er niet meer, zet hem dan terug naast de kluis en open de kluis opnieuw.</source>
        <translation>Restoring a backup was interrupted: the vault is not at its place. As long as the verified copy of the backup and the replaced vault (…replaced-&lt;date&gt;) are beside it, VP Desktop asks when you open it whether you want to finish or undo the restore. If the replaced vault is no longer there, put it back beside the vault and open the vault again.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="98"/>
        <source>Deze wachtzin klopt niet. Let op: de wachtzin van deze kluis is gewijzigd op %1. Als die wijziging misschien niet is afgemaakt, probeer dan de andere wachtzin (de oude of de nieuwe).</source>
        <translation>This passphrase is not right. Note: the passphrase of this vault was changed on %1. If that change may not have finished, try the other passphrase (the old or the new one).</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="104"/>
        <source>De kluis kan nu niet worden gebruikt; er is niets veranderd.</source>
        <translation>The vault cannot be used right now; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="112"/>
        <source>De gegevens zijn verwijderd, maar het wissen van hun sporen uit het kluisbestand kon nog niet worden afgerond (een ander programma leest de kluis, of de schijf is vol). Dat gebeurt vanzelf wanneer u de kluis de volgende keer opent.</source>
        <translation>The data was deleted, but wiping its traces from the vault file could not be finished yet (another program is reading the vault, or the disk is full). That happens by itself the next time you open the vault.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="54"/>
        <source>Deze kluis is al geopend in een ander venster van VP Desktop. Sluit dat venster eerst, of ga daar verder.</source>
        <translation>This vault is already open in another VP Desktop window. Close that window first, or carry on there.</translation>
    </message>
    <message>
        <location filename="../../vp_desktop/ui/shared/error_texts.py" line="59"/>
        <source>Het bijwerken van de kluis naar deze versie is mislukt; de kluis is ongewijzigd.</source>
        <translation>Updating the vault to this version failed; the vault is unchanged.</translation>
    </message>
</context>
</TS>
