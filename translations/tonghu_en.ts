<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tonghu::Crypto</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::Database</name>
    <message>
        <source>This vault was saved by a newer version of Tonghu (data version %1; this version reads up to %2). Please update Tonghu; the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another Tonghu window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal database error (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::cli::Arguments</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::cli::CliApp</name>
    <message>
        <source>Usage: tonghu-cli check-id NUMBER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: born %1, %2, registered in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an identity-card number: birth date, sex and check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--search TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children on file (ID numbers masked unless --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children whose name, pinyin, initials or last ID digits start with TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else TONGHU_PASSPHRASE, else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help (for a command after its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tonghu-cli [--vault DIR] COMMAND [OPTIONS]. `tonghu-cli --help` lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 bad input (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-file needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--village-name only applies when demo creates the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo village can only be added to a village&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault belongs to the village %1; --place cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a demo village with %1 households and %2 children. All names and ID numbers are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--children N] [--seed S] [--place CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a made-up village (creating the vault if needed); the same seed gives the same village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of children (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit village code for a new vault (default 621126103201, Minxian, Gansu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s name for a new vault (default 红旗村).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than 4 MiB; it cannot be one child&apos;s facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tonghu-cli evaluate FILE|- [--rules DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|- [--rules DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the rulebook to one child&apos;s facts (JSON from FILE, or - for standard input) and print the findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rulebook in DIR instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --role, --place and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is village, township or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user&apos;s name with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--village-name is only for a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role village|township|county --place CODE --user NAME [--village-name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault and show its recovery code once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village, township or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits for a village (township code + village number), 9 for a township, 6 for a county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person using this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s name (villages only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules check DIR [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1, %2 rules, %3 facts, %4 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules show [DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a rulebook folder: syntax, facts, settings, types, values, rule references and cycles. Prints the first problem as file:line:column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rules of a rulebook folder (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::cli::PassphraseInput</name>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: run in a terminal to be asked, or use --passphrase-file FILE or the TONGHU_PASSPHRASE variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::cli::VaultAccess</name>
    <message>
        <source>There is no vault in %1. Create one with `tonghu-cli init` or `tonghu-cli demo`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county in the national division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a township in the national division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village number (the last 3 digits) cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the village&apos;s name with --village-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in %1; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery code on paper now and keep it somewhere safe, away from this computer. It is shown only this once; without it a forgotten passphrase cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::model::DemoVillage</name>
    <message>
        <source>The demo village can have 1 to %1 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo village needs a 12-digit village code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo village needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::model::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters, but this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or the letter X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a province of China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: the last character should be %1, unless another digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::model::RecordStore</name>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of months must be between 0 and 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disability level must be 0 (none) or 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household&apos;s assistance status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of crisis from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the person is related to the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parent&apos;s status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disability type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household the child lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the child&apos;s birth date or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child&apos;s sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household registration from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the schooling from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s status is either active or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians must be members of the child&apos;s household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household whose children have visit records cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child with visit records cannot be deleted; mark the child as having left instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::model::Vocabulary</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet of school age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared missing by a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support (tekun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the dibao line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Checklist</name>
    <message>
        <source>Entries must follow a [header].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in [checklist].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &apos;%1&apos; needs title.zh and title.en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown block [%1]: use [checklist], [section NAME] or [question FACT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question asks for the unknown fact &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; write code: label | code: label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;required&apos; is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; names no known section (section = ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; needs label.zh and label.en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question with valid_if needs invalid.zh and invalid.en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; of %2 has no %3 label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist needs [checklist] with an id and a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::rules::ChildEvaluation</name>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::rules::FactsInput</name>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object with &quot;as_of&quot; and &quot;facts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as_of: must be a real date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts: must be a JSON object of fact names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos; was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after as_of (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Parser</name>
    <message>
        <source>The condition is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; after a complete condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in&apos; must be followed by a list such as [&apos;a&apos;, &apos;b&apos;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot stand here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list may hold only numbers and quoted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text starting here has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Rulebook</name>
    <message>
        <source>A fact needs a name and a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number range is written min..max, e.g. 0..4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enum or list fact needs its allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;: use bool, number, date, enum or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A severity must be low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition &apos;%1&apos; uses itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity &apos;%1&apos;: use low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A severity is a word such as &apos;high&apos; or if(condition, &apos;high&apos;, &apos;medium&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;not&apos; needs true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;and&apos; and &apos;or&apos; join conditions that are true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; and &apos;-&apos; work on numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or dates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in&apos; tests a number or a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list mixes numbers and text with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a list fact on its left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a quoted value on its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;age&apos; needs the fact child.birth_date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule entry cannot be used in a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a person, e.g. %1(father).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>count() counts a list fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first argument of if() is a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both results of if() must be of the same kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; can be used only in schedule entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has_risk() takes a severity: &apos;low&apos;, &apos;medium&apos;, &apos;high&apos; or &apos;critical&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no person; write it without parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to father, mother or child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules depend on each other in a circle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos;: rulebook.conf holds id and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rulebook needs an id and a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries must follow a [rule.id] header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a definition header as [define name] or [define name(P)].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition has no &apos;when&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id such as cat.orphan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs kind = category, eligibility, risk or schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; has no &apos;when&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk needs a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a risk has a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule entry needs &apos;days&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a schedule entry has &apos;days&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; must cite its policy source (cite = ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs a Chinese title (title.zh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a rulebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indented line must continue a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section header must end with &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;name = value&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name before &apos;=&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackgroundTask</name>
    <message>
        <source>Something went wrong inside Tonghu. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildDialog</name>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what matters for the child&apos;s care and safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months at this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in an institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildListModel</name>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DisabilityLevelComboBox</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;hild…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group and house number, e.g. 3rd group, no. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssistance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under poverty &amp;monitoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden &amp;crisis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;entrustment signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardian able to care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (parents, guardians, others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person from the household? Children whose parent or guardian they are will no longer point to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdListModel</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::IdNumberField</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number says: %1. Check the number or the values entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MainWindow</name>
    <message>
        <source>Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a household and its members and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child to the selected household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the records until the passphrase is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, pinyin initials or last digits of the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No children on file yet. Click “New household” to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is recorded with the household they live in. Add a household now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which household does the child live in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tonghu %1&lt;/h3&gt;&lt;p&gt;Case records, home visits and referrals for children in difficulty, for village child directors, township supervisors and county civil affairs.&lt;/p&gt;&lt;p&gt;The records stay encrypted on this computer. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MonthsSpinBox</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::OptionalDateEdit</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseMeter</name>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: a few words and digits are easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphrasePage</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase opens Tonghu and protects the children&apos;s records on this computer. Nobody, not even the county, can open them without it or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add more words, digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PersonDialog</name>
    <message>
        <source>This person is the child&apos;s &amp;guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious &amp;illness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In prison (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In compulsory drug rehabilitation (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship revoked by a court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works away from home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since last contact with the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a number at Unknown when you have not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PlacePage</name>
    <message>
        <source>The last three digits of the village&apos;s 12-digit statistical code, as the township&apos;s civil affairs office uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your township, then enter your village&apos;s name and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not complete yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RecoveryCodePage</name>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open the records again. Write it on paper and keep it locked away from this computer. Do not photograph it or save it in a file. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to correct the details, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready. Write down this recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RolePage</name>
    <message>
        <source>Who will use Tonghu on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role decides which records this computer keeps and what it can do with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits the children of one village and keeps their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews the visits of the villages of one township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives the records of the townships of one county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SetupWizard</name>
    <message>
        <source>Set up Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::ui::TriStateComboBox</name>
    <message>
        <source>Unknown</source>
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
</context>
<context>
    <name>tonghu::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open and set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open the children&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when Tonghu was set up, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonghu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::UserPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is written on the visits and reviews you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1
Place: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::vault::KeySlots</name>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file was written by a newer version of Tonghu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be written; check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tonghu::vault::Vault</name>
    <message>
        <source>Child director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township child welfare supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County civil affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a vault; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong. The vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong. The vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault does not say which role it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county code is not in the national division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township code is not in the national division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the village&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
