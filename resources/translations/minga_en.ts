<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdoptionPage</name>
        <message numerus="yes">
            <source>%n self-assessment(s)</source>
            <translation>
                <numerusform>%n self-assessment</numerusform>
                <numerusform>%n self-assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) chosen</source>
            <translation>
                <numerusform>%n practice chosen</numerusform>
                <numerusform>%n practices chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message numerus="yes">
            <source>%n application(s) so far.</source>
            <translation>
                <numerusform>%n application so far.</numerusform>
                <numerusform>%n applications so far.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChooseForm</name>
        <message numerus="yes">
            <source>%n practice(s) presented at sessions held</source>
            <translation>
                <numerusform>%n practice presented at sessions held</numerusform>
                <numerusform>%n practices presented at sessions held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>then %n other practice(s) shared by colleagues</source>
            <translation>
                <numerusform>then %n other practice shared by colleagues</numerusform>
                <numerusform>then %n other practices shared by colleagues</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoordinatorHomePage</name>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n advisor</numerusform>
                <numerusform>%n advisors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %Ln planned</source>
            <translation>
                <numerusform>of %Ln planned</numerusform>
                <numerusform>of %Ln planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still arriving by e-mail</source>
            <translation>
                <numerusform>%n still arriving by e-mail</numerusform>
                <numerusform>%n still arriving by e-mail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused: see Sync › E-mail</source>
            <translation>
                <numerusform>%n refused: see Sync › E-mail</numerusform>
                <numerusform>%n refused: see Sync › E-mail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s) to accept in Advisors</source>
            <translation>
                <numerusform>%n advisor to accept in Advisors</numerusform>
                <numerusform>%n advisors to accept in Advisors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftsPrompt</name>
        <message numerus="yes">
            <source>Minga kept %n unfinished form(s) from last time.</source>
            <translation>
                <numerusform>Minga kept %n unfinished form from last time.</numerusform>
                <numerusform>Minga kept %n unfinished forms from last time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message numerus="yes">
            <source>Bundle ready in %n part(s), {first} to {last} ({size}), for {recipients}. Send every part.</source>
            <translation>
                <numerusform>Bundle ready in %n part, {first} to {last} ({size}), for {recipients}. Send every part.</numerusform>
                <numerusform>Bundle ready in %n parts, {first} to {last} ({size}), for {recipients}. Send every part.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message numerus="yes">
            <source>%n teacher(s) present have not chosen a practice yet</source>
            <translation>
                <numerusform>%n teacher present have not chosen a practice yet</numerusform>
                <numerusform>%n teachers present have not chosen a practice yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(%n more)</numerusform>
                <numerusform>(%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) in the network</source>
            <translation>
                <numerusform>%n practice in the network</numerusform>
                <numerusform>%n practices in the network</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostPanel</name>
        <message numerus="yes">
            <source>%n of {total} members left their bundle for the advisor</source>
            <translation>
                <numerusform>%n of {total} members left her bundle for the advisor</numerusform>
                <numerusform>%n of {total} members left their bundle for the advisor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} members in sync</source>
            <translation>
                <numerusform>%n of {total} members in sync</numerusform>
                <numerusform>%n of {total} members in sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) refused (the last one: fingerprint {fingerprint}, from {peer}).</source>
            <translation>
                <numerusform>%n connection refused (the last one: fingerprint {fingerprint}, from {peer}).</numerusform>
                <numerusform>%n connections refused (the last one: fingerprint {fingerprint}, from {peer}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The advisor's bundles: %n member(s), prepared on {date}.</source>
            <translation>
                <numerusform>The advisor's bundles: %n member, prepared on {date}.</numerusform>
                <numerusform>The advisor's bundles: %n members, prepared on {date}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for the advisor.</source>
            <translation>
                <numerusform>%n bundle kept for the advisor.</numerusform>
                <numerusform>%n bundles kept for the advisor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) written to {folder}. Give the folder to {name}: her Minga loads it with “Load the advisor's bundles”.</source>
            <translation>
                <numerusform>%n bundle written to {folder}. Give the folder to {name}: her Minga loads it with “Load the advisor's bundles”.</numerusform>
                <numerusform>%n bundles written to {folder}. Give the folder to {name}: her Minga loads it with “Load the advisor's bundles”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for you in {host}'s room were imported.</source>
            <translation>
                <numerusform>%n bundle kept for you in {host}'s room was imported.</numerusform>
                <numerusform>%n bundles kept for you in {host}'s room were imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) of {advisor} are waiting in this room for their members.</source>
            <translation>
                <numerusform>%n bundle of {advisor} is waiting in this room for its member.</numerusform>
                <numerusform>%n bundles of {advisor} are waiting in this room for their members.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the advisor copied to {folder}. The advisor imports them in Sincronizar, as usual.</source>
            <translation>
                <numerusform>%n bundle for the advisor copied to {folder}. The advisor imports it in Sincronizar, as usual.</numerusform>
                <numerusform>%n bundles for the advisor copied to {folder}. The advisor imports them in Sincronizar, as usual.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message numerus="yes">
            <source>%n file(s) imported</source>
            <translation>
                <numerusform>%n file imported</numerusform>
                <numerusform>%n files imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>%n evidence file received.</numerusform>
                <numerusform>%n evidence files received.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: this computer's clock and the network's differ by %n day(s). Check the date and time of this computer.</source>
            <translation>
                <numerusform>Warning: this computer's clock and the network's differ by %n day. Check the date and time of this computer.</numerusform>
                <numerusform>Warning: this computer's clock and the network's differ by %n days. Check the date and time of this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New reports are imported every %n minute(s) while Minga is open.</source>
            <translation>
                <numerusform>New reports are imported every %n minute while Minga is open.</numerusform>
                <numerusform>New reports are imported every %n minutes while Minga is open.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n new session</numerusform>
                <numerusform>%n new sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new practice(s)</source>
            <translation>
                <numerusform>%n new practice</numerusform>
                <numerusform>%n new practices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new presentation(s)</source>
            <translation>
                <numerusform>%n new presentation</numerusform>
                <numerusform>%n new presentations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new attendance record(s)</source>
            <translation>
                <numerusform>%n new attendance record</numerusform>
                <numerusform>%n new attendance records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new evaluation(s) of practices</source>
            <translation>
                <numerusform>%n new evaluation of practices</numerusform>
                <numerusform>%n new evaluations of practices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new practice choice(s)</source>
            <translation>
                <numerusform>%n new practice choice</numerusform>
                <numerusform>%n new practice choices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new application(s) in class</source>
            <translation>
                <numerusform>%n new application in class</numerusform>
                <numerusform>%n new applications in class</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exit-ticket count(s)</source>
            <translation>
                <numerusform>%n new exit-ticket count</numerusform>
                <numerusform>%n new exit-ticket counts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new self-assessment(s)</source>
            <translation>
                <numerusform>%n new self-assessment</numerusform>
                <numerusform>%n new self-assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new observation note(s)</source>
            <translation>
                <numerusform>%n new observation note</numerusform>
                <numerusform>%n new observation notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new answer(s) to observations</source>
            <translation>
                <numerusform>%n new answer to observations</numerusform>
                <numerusform>%n new answers to observations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new improvement cycle(s)</source>
            <translation>
                <numerusform>%n new improvement cycle</numerusform>
                <numerusform>%n new improvement cycles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new agreement(s)</source>
            <translation>
                <numerusform>%n new agreement</numerusform>
                <numerusform>%n new agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new year plan(s)</source>
            <translation>
                <numerusform>%n new year plan</numerusform>
                <numerusform>%n new year plans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new template(s)</source>
            <translation>
                <numerusform>%n new template</numerusform>
                <numerusform>%n new templates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new member(s)</source>
            <translation>
                <numerusform>%n new member</numerusform>
                <numerusform>%n new members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new evidence file(s)</source>
            <translation>
                <numerusform>%n new evidence file</numerusform>
                <numerusform>%n new evidence files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other new record(s)</source>
            <extracomment>The order of the phrases: what matters most to her first.</extracomment>
            <translation>
                <numerusform>%n other new record</numerusform>
                <numerusform>%n other new records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to what you had</source>
            <translation>
                <numerusform>%n change to what you had</numerusform>
                <numerusform>%n changes to what you had</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImprovementPage</name>
        <message numerus="yes">
            <source>%n cycle(s)</source>
            <translation>
                <numerusform>%n cycle</numerusform>
                <numerusform>%n cycles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message numerus="yes">
            <source>%n tally(ies). Each column is the share of answers of a month that chose each option.</source>
            <translation>
                <numerusform>%n tally(ies). Each column is the share of answers of a month that chose each option.</numerusform>
                <numerusform>%n tally(ies). Each column is the share of answers of a month that chose each option.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tally(ies). Each column is one of your applications.</source>
            <translation>
                <numerusform>%n tally(ies). Each column is one of your applications.</numerusform>
                <numerusform>%n tally(ies). Each column is one of your applications.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message numerus="yes">
            <source>%Ln practice(s) match; the first {shown} are listed.</source>
            <translation>
                <numerusform>%Ln practice match; the first {shown} are listed.</numerusform>
                <numerusform>%Ln practices match; the first {shown} are listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s).</source>
            <translation>
                <numerusform>%n practice.</numerusform>
                <numerusform>%n practices.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailPanel</name>
        <message numerus="yes">
            <source>In the outbox, waiting: %n part(s).</source>
            <translation>
                <numerusform>In the outbox, waiting: %n part.</numerusform>
                <numerusform>In the outbox, waiting: %n parts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bundle queued: %n part(s).</source>
            <translation>
                <numerusform>Bundle queued: %n part.</numerusform>
                <numerusform>Bundle queued: %n parts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) sent.</source>
            <translation>
                <numerusform>%n part sent.</numerusform>
                <numerusform>%n parts sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailScheduler</name>
        <message numerus="yes">
            <source>%n part(s) waiting: e-mail is not set up</source>
            <translation>
                <numerusform>%n part waiting: e-mail is not set up</numerusform>
                <numerusform>%n parts waiting: e-mail is not set up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) waiting for a connection</source>
            <translation>
                <numerusform>%n part waiting for a connection</numerusform>
                <numerusform>%n parts waiting for a connection</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) waiting in the outbox</source>
            <translation>
                <numerusform>%n part waiting in the outbox</numerusform>
                <numerusform>%n parts waiting in the outbox</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n part(s) sent by e-mail.</source>
            <translation>
                <numerusform>%n part sent by e-mail.</numerusform>
                <numerusform>%n parts sent by e-mail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) received by e-mail and imported.</source>
            <translation>
                <numerusform>%n bundle received by e-mail and imported.</numerusform>
                <numerusform>%n bundles received by e-mail and imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>E-mail brought %n bundle(s) to review in Sincronizar.</source>
            <translation>
                <numerusform>E-mail brought %n bundle to review in Sincronizar.</numerusform>
                <numerusform>E-mail brought %n bundles to review in Sincronizar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>%n evidence file received.</numerusform>
                <numerusform>%n evidence files received.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObservationPage</name>
        <message numerus="yes">
            <source>%n note(s) written by you</source>
            <translation>
                <numerusform>%n note written by you</numerusform>
                <numerusform>%n notes written by you</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) about your class</source>
            <translation>
                <numerusform>%n note about your class</numerusform>
                <numerusform>%n notes about your class</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PracticeForm</name>
        <message numerus="yes">
            <source>Attaching %n file(s)…</source>
            <translation>
                <numerusform>Attaching %n file…</numerusform>
                <numerusform>Attaching %n files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) attached.</source>
            <translation>
                <numerusform>%n file attached.</numerusform>
                <numerusform>%n files attached.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PracticesPage</name>
        <message numerus="yes">
            <source>%n practice(s) in the trash</source>
            <translation>
                <numerusform>%n practice in the trash</numerusform>
                <numerusform>%n practices in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n practice</numerusform>
                <numerusform>%n practices</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message numerus="yes">
            <source>{title}: %n page(s).</source>
            <translation>
                <numerusform>{title}: %n page.</numerusform>
                <numerusform>{title}: %n pages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message numerus="yes">
            <source>Self-test: %n screen(s) checked</source>
            <translation>
                <numerusform>Self-test: %n screen checked</numerusform>
                <numerusform>Self-test: %n screens checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed.</source>
            <translation>
                <numerusform>%n failed.</numerusform>
                <numerusform>%n failed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnapshotsModel</name>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n practice</numerusform>
                <numerusform>%n practices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n advisor</numerusform>
                <numerusform>%n advisors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n planned</source>
            <translation>
                <numerusform>of %n planned</numerusform>
                <numerusform>of %n planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n per network and year</source>
            <translation>
                <numerusform>%n per network and year</numerusform>
                <numerusform>%n per network and year</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SurveyTab</name>
        <message numerus="yes">
            <source>%n anonymous answer(s) received: the summary shows from 3 answers on.</source>
            <translation>
                <numerusform>%n anonymous answer received: the summary shows from 3 answers on.</numerusform>
                <numerusform>%n anonymous answers received: the summary shows from 3 answers on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) so far. Share answering 3 or 4:</source>
            <translation>
                <numerusform>%n answer so far. Share answering 3 or 4:</numerusform>
                <numerusform>%n answers so far. Share answering 3 or 4:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) added.</source>
            <translation>
                <numerusform>%n answer added.</numerusform>
                <numerusform>%n answers added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TerritoryPage</name>
        <message numerus="yes">
            <source>The territory report is ready: {path} (%n page(s)).</source>
            <translation>
                <numerusform>The territory report is ready: {path} (%n page).</numerusform>
                <numerusform>The territory report is ready: {path} (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <source>%n practice(s).</source>
            <translation>
                <numerusform>%n practice.</numerusform>
                <numerusform>%n practices.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found %n problem(s). Restore a backup or ask for help.</source>
            <translation>
                <numerusform>The check found %n problem. Restore a backup or ask for help.</numerusform>
                <numerusform>The check found %n problems. Restore a backup or ask for help.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split into %n part(s), from {first} to {last}; send them all.</source>
            <translation>
                <numerusform>Split into %n part, from {first} to {last}; send them all.</numerusform>
                <numerusform>Split into %n parts, from {first} to {last}; send them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>%n evidence file received.</numerusform>
                <numerusform>%n evidence files received.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need a newer version of Minga: they are kept as they came and passed on.</source>
            <translation>
                <numerusform>%n record needs a newer version of Minga: it is kept as it came and passed on.</numerusform>
                <numerusform>%n records need a newer version of Minga: they are kept as they came and passed on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n presentation(s)</source>
            <translation>
                <numerusform>%n presentation</numerusform>
                <numerusform>%n presentations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n session.</numerusform>
                <numerusform>%n sessions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exit tickets: %n tally(ies)</source>
            <translation>
                <numerusform>Exit tickets: %n tally(ies)</numerusform>
                <numerusform>Exit tickets: %n tally(ies)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n self-assessment(s) pending</source>
            <translation>
                <numerusform>%n self-assessment pending</numerusform>
                <numerusform>%n self-assessments pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) written to {path}.</source>
            <translation>
                <numerusform>%n page written to {path}.</numerusform>
                <numerusform>%n pages written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In the outbox, waiting: %n part(s)</source>
            <translation>
                <numerusform>In the outbox, waiting: %n part</numerusform>
                <numerusform>In the outbox, waiting: %n parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n part(s), accepted by the server.</source>
            <translation>
                <numerusform>Sent: %n part, accepted by the server.</numerusform>
                <numerusform>Sent: %n parts, accepted by the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still in the outbox: %n part(s); Minga tries again later.</source>
            <translation>
                <numerusform>Still in the outbox: %n part; Minga tries again later.</numerusform>
                <numerusform>Still in the outbox: %n parts; Minga tries again later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent (latest first, %n in all):</source>
            <translation>
                <numerusform>Sent (latest first, %n in all):</numerusform>
                <numerusform>Sent (latest first, %n in all):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) with values Minga refuses were moved aside; their owners find them among the conflicts.</source>
            <translation>
                <numerusform>%n record with values Minga refuses were moved aside; their owners find them among the conflicts.</numerusform>
                <numerusform>%n records with values Minga refuses were moved aside; their owners find them among the conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All is well: the database is sound and every attachment matches its hash (%n checked).</source>
            <translation>
                <numerusform>All is well: the database is sound and every attachment matches its hash (%n checked).</numerusform>
                <numerusform>All is well: the database is sound and every attachment matches its hash (%n checked).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) hold values Minga refuses; 'minga check --repair' moves them aside as conflict copies.</source>
            <translation>
                <numerusform>%n record hold values Minga refuses; 'minga check --repair' moves them aside as conflict copies.</numerusform>
                <numerusform>%n records hold values Minga refuses; 'minga check --repair' moves them aside as conflict copies.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: this computer's clock and the network's differ by %n day(s). Check the date and time of this computer.</source>
            <translation>
                <numerusform>Warning: this computer's clock and the network's differ by %n day. Check the date and time of this computer.</numerusform>
                <numerusform>Warning: this computer's clock and the network's differ by %n days. Check the date and time of this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bundle queued for {recipients}: %n part(s), {records} records, {attachments} attachments.</source>
            <translation>
                <numerusform>Bundle queued for {recipients}: %n part, {records} records, {attachments} attachments.</numerusform>
                <numerusform>Bundle queued for {recipients}: %n parts, {records} records, {attachments} attachments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for you in this room were imported.</source>
            <translation>
                <numerusform>%n bundle kept for you in this room was imported.</numerusform>
                <numerusform>%n bundles kept for you in this room were imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) refused (the last one: fingerprint {fingerprint}, from {peer}).</source>
            <translation>
                <numerusform>%n connection refused (the last one: fingerprint {fingerprint}, from {peer}).</numerusform>
                <numerusform>%n connections refused (the last one: fingerprint {fingerprint}, from {peer}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the members written to {folder}, with the room's signed index. Give the folder to the member who hosts the room.</source>
            <translation>
                <numerusform>%n bundle for the members written to {folder}, with the room's signed index. Give the folder to the member who hosts the room.</numerusform>
                <numerusform>%n bundles for the members written to {folder}, with the room's signed index. Give the folder to the member who hosts the room.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) of {advisor} are waiting in this room for their members.</source>
            <translation>
                <numerusform>%n bundle of {advisor} is waiting in this room for its member.</numerusform>
                <numerusform>%n bundles of {advisor} are waiting in this room for their members.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the advisor copied to {folder}. The advisor imports them as usual (minga import).</source>
            <translation>
                <numerusform>%n bundle for the advisor copied to {folder}. The advisor imports it as usual (minga import).</numerusform>
                <numerusform>%n bundles for the advisor copied to {folder}. The advisor imports them as usual (minga import).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message numerus="yes">
            <source>%n teacher(s)</source>
            <translation>
                <numerusform>%n teacher</numerusform>
                <numerusform>%n teachers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n practice</numerusform>
                <numerusform>%n practices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{territory}: %n network(s) reported school year {year}.</source>
            <translation>
                <numerusform>{territory}: %n network reported school year {year}.</numerusform>
                <numerusform>{territory}: %n networks reported school year {year}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n advisor</numerusform>
                <numerusform>%n advisors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n planned</source>
            <translation>
                <numerusform>of %n planned</numerusform>
                <numerusform>of %n planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n school(s)</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n schools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {measured}</source>
            <translation>
                <numerusform>%n of {measured}</numerusform>
                <numerusform>%n of {measured}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n per network and year</source>
            <translation>
                <numerusform>%n per network and year</numerusform>
                <numerusform>%n per network and year</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) their authors shared with their network in {year}.</source>
            <translation>
                <numerusform>%n practice their authors shared with their network in {year}.</numerusform>
                <numerusform>%n practices their authors shared with their network in {year}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
