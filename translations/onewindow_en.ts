<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog updated to version %1 (for new intakes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s catalog %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intake was not finished: %1, last changed %2. Continue it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the open draft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; files may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF or an image (PNG, JPEG, TIFF); its content was checked, not its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an incomplete PDF (no end marker). Scan or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 was changed on disk and no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleListModel</name>
    <message>
        <source>(example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax and contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual key list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted · waiting for hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted · handing off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>The receipt could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt ready — use Print… above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by case number, ID number (full or masked) or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today, this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalog — 一件事 bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, everyday words (生孩子), pinyin initials (xsecs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>The catalog published as %1 calls itself %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified via shared data (no paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written commitment (no paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, to follow (容缺)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued inside this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared-data check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may follow later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>--date must be a date YYYY-MM-DD, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, building, room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, obtained %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>First missing (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the prefilled values of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All required fields are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still missing %n field(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with the applicant. Each answer changes at once which items, form fields and materials this case needs; the summary on the right shows what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone applies on the applicant&apos;s behalf (代办) — adds the authorisation materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant agrees that shared government data may be looked up for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>One window for the whole life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the applicant everything once, fill one merged form, collect one set of materials, accept at this counter and hand the case to the departments through one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 · Counter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you (any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed off today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an &amp;intake…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Cannot start the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake open — choose a bundle in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1. Promised completion by %2. The receipt is below; print it for the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft · saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the summary says &quot;Ready to accept&quot;, accept the case (Ctrl+Enter). Missing non-key materials can follow later (容缺) with a due date on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notification (一次告知单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance receipt (受理回执)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice (补正告知书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — saved as %2. Use Print… above the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this draft to continue later? Choose No to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the applicant needs for this situation, printable before any data is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — it could not be saved (%2). Use Print… above the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSession</name>
    <message>
        <source>There is no bundle %1 in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s bundle %1 is not in the current catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an intake first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a key material and cannot be accepted as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set the date by which it will be supplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case cannot be accepted yet: %n problem(s) remain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation cannot accept cases (no hand-off is set up).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline — cases are kept locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for hand-off: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow — one-window intake workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow · one window for the whole life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>Attach scans or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the material the file belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop scans here, or let the scanner save into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attached file to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Documents can only be laid out in a program that runs a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed (e.g. fonts-wqy-microhei), so the document cannot be printed in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrefillEngine</name>
    <message>
        <source>This card (%1) is not the one of the ID number already entered for this person (%2); nothing was filled from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier case of this person or enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared data and verifications are used only for a case in progress; nothing was looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s consent to use shared government data is not recorded on this case; nothing was looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No central server is configured. Shared data and verification are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up could not be recorded locally, so it was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification could not be recorded locally, so it was not asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification for %1 could not be done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server&apos;s answer for %1 is no: it must be presented.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrefillPanel</name>
    <message>
        <source>The card could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an ID card record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card records (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card was read, but no intake with an ID field is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Card of %1 (%2) read for %3: %n field(s) filled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where sources disagree — pick the right value:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID &amp;card for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read card &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe a card on the reader, or read a card record file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterClient</name>
    <message>
        <source>The central server could not be reached (%1). Shared data and verification are unavailable for now; the other prefill sources still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench is not signed in to the central server, or the session has expired. Sign in again to use shared data and verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No central server is configured. Shared data and verification are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured; cases stay at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedCardReader</name>
    <message>
        <source>Simulated card reader on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated card reader (files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card could not be used: the card file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card could not be used: the card file %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated card reader cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card could not be used: the card message is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s), each asked once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to collect</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued inside the bundle, not asked for</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+ items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form: +%1 / −%2 field(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last answer changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still stop acceptance:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>No central server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a receipt for another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 can no longer be read as it was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 does not progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off of this case is not a valid submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off of this case names another case (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench is not signed in to the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of this case cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is still missing %n file(s) of this case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server sent an answer that could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not answer in time (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not handle the request now (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of this case cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::catalog</name>
    <message>
        <source>A bundle needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required key &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more problems; `onewindow-cli catalog lint` lists them all.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog folder has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold an array &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold an array &quot;items&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in catalog.json; it has its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog file or folder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog format version %1 is not supported; this program reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material needs at least one way to satisfy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known way; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field reference must be a field id or an object {&quot;id&quot;, &quot;when&quot;, &quot;required&quot;}, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material reference must be a material id or an object {&quot;id&quot;, &quot;reason&quot;, &quot;when&quot;}, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;calendar&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1 (%2) is not in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store holds no catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored catalog %1 does not match its content hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 was not imported because it has errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1 was not imported: the local store already has version %2. Only a newer version can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of at least 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text must be an object {&quot;zh&quot;: …, &quot;en&quot;: …}, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese text &quot;zh&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of &quot;%1&quot; must be non-empty strings, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value of &quot;%2&quot;; expected one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored (known keys: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not in the data dictionary (fields.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material &quot;%1&quot; is not in the material dictionary (materials.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department &quot;%1&quot; is not in catalog.json &quot;departments&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is not in catalog.json &quot;sections&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id &quot;%1&quot; should start with its section &quot;%2.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumeration field &quot;%1&quot; has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an enum; its options are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material id &quot;%1&quot; should be docType.subject (&quot;%2.%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the item dictionary (items/*.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; promises %2 working days, more than its legal limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is in no bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice question &quot;%1&quot; has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of question &quot;%1&quot; does not fit its type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed item &quot;%1&quot; is not an item of bundle %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; does not produce &quot;%2&quot; (see its &quot;produces&quot;), so it cannot feed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department &quot;%1&quot; of item &quot;%2&quot; is not among the bundle&apos;s departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material &quot;%1&quot; is a key material and can never be missing under 容缺受理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 lists tolerance materials but does not allow 容缺受理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item dependencies form a cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot;; rule data has only answers, proxy, applicantKind, fields and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot; but no bundle using it asks question &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot; but there is no field &quot;%2&quot; in fields.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule reads question &quot;%1&quot; of bundle %2; the clerk would ask it for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; (%2) must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; in bundle %2 must be one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no material &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of bundle %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 has no question &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 has no bundle &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message>
        <source>usage: catalog lint [FILE_OR_DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: catalog show BUNDLE_CODE [--answers JSON] [--fields JSON] [--proxy] [--today YYYY-MM-DD] [--lang zh|en] [--catalog PATH | --data-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known bundles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: catalog list [--catalog PATH | --data-dir DIR] [--lang zh|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: catalog import FILE_OR_DIR --data-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: catalog versions --data-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: catalog lint [FILE_OR_DIR] | show BUNDLE_CODE [--answers JSON] [--proxy] | list | import FILE_OR_DIR --data-dir DIR | versions --data-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onewindow-cli id check NUMBER [--today DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id check needs exactly one ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be exactly one JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the root of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date in the form YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onewindow-cli search QUERY [--limit N] [--catalog PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the catalog: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir DIR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms, --backoff-initial-ms, --backoff-max-ms, --chunk-bytes, --feed-interval-ms and --max-seconds take whole numbers in their range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server-url must be a URL like http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync status --data-dir DIR [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync requeue --data-dir DIR CASE_UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rejected hand-off for case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync run --data-dir DIR --server-url URL [--user U --password P] [--until-empty] [--once] [--timeout-ms N] [--backoff-initial-ms N] [--backoff-max-ms N] [--chunk-bytes N] [--feed-interval-ms N] [--max-seconds N]
       sync status --data-dir DIR [--limit N]
       sync requeue --data-dir DIR CASE_UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onewindow-cli uscc check CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uscc check needs exactly one code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::documents</name>
    <message>
        <source>The plan names no bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has nothing to correct: every field and material is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read back (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code needs some text to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt can only be printed for an accepted case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::intake</name>
    <message>
        <source>No case %1 in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is too far in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province, city and county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %n characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::net</name>
    <message>
        <source>The case belongs to another hall; this account may not hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not do this on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not offer this request; it may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the central server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not take the request as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not read the data sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 has the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept the data: it does not know %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server has no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server already holds this case with different content; it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s identifier does not match its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot change to that state on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not complete on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server is still missing files of this case; they are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file upload was interrupted; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file arrived damaged at the central server; it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused a file of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not have this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of this case is larger than the central server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog has been published on the central server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server has no catalog of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server already has another catalog of this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no entry for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server needs the applicant&apos;s consent to use shared data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not handle the request now; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::prefill</name>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared government data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card data is not readable JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card data is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card record has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex &quot;%1&quot; is neither male nor female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of validity is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of validity is not a date after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card is valid only from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is not a base64-encoded PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID card expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculated by the rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculated value does not fit the field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s %1 &quot;%2&quot; does not fit the field %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security scheme is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text found in the PDF %1: it has no text layer (a scanned image?). Nothing was filled from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; found in %2 is not a valid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in %2 was not used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household register (户籍) via the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise register via the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both spouses&apos; ID numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number of the person concerned first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person concerned first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with the central server (%1): yes, reference %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::prefill::Mapper</name>
    <message>
        <source>The register&apos;s value does not fit the field %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::rules</name>
    <message>
        <source>The rule is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;missing_some&quot; needs an array of keys as its second argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exactly %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; takes %2, but the rule gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator object must have exactly one key (the operator), but this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar must be an object under &quot;calendar&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;years&quot; must be an object keyed by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year must be an object with &quot;holidays&quot; and &quot;workdays&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::store</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 cannot use WAL journaling (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3, … without gaps; found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of OneWindow (schema %1; this program knows up to %2). Update OneWindow before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::BundleDetail</name>
    <message>
        <source>adds items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more form field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes nothing in the default plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example, not confirmed as national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials (default situation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued inside this bundle, nothing to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the situation changes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::Pages</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::validation</name>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the credit code in capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code contains &quot;%1&quot;; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character %1 of the credit code is not a registration department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is not defined for registration department %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 in the credit code is not a known division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded organisation code %1 has an unusual check character (normal for some registrations, e.g. individual businesses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code&apos;s check character does not match; a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit numbers normally start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 is not in the current division list (it may have been abolished); please check it against the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only digits are allowed in an ID number, except a final X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a capital X as the last character of the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or a capital X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not start with a valid province code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; enter the 18-character number instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check character does not match; a digit is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time as 2026-11-28T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province, city and county of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street and house number of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number such as 010-12345678, 0571-8765432 or a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in yuan have at most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 1200 or 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank account number has 12 to 19 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number fails the card check digit; please compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date as year-month-day, e.g. 2026-11-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A division code has six digits, e.g. 110105.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known administrative division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
