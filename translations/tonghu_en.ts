<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be unpacked: the disk may be full or not writable.</source>
        <translation>The backup could not be unpacked: the disk may be full or not writable.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed.</source>
        <translation>The passphrase does not open this backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The recovery code does not open this backup. Nothing was changed.</source>
        <translation>The recovery code does not open this backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into the chosen folder; check the folder&apos;s permissions. Nothing was changed.</source>
        <translation>The restored vault could not be moved into the chosen folder; check the folder&apos;s permissions. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Give either --folder or --server, not both.</source>
        <translation>Give either --folder or --server, not both.</translation>
    </message>
    <message>
        <source>The password file cannot be read.</source>
        <translation>The password file cannot be read.</translation>
    </message>
    <message>
        <source>No sync target is set yet: give a folder with --folder DIR or a server with --server URL.</source>
        <translation>No sync target is set yet: give a folder with --folder DIR or a server with --server URL.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--screenshot needs the passphrase in TONGHU_PASSPHRASE.</source>
        <translation>--screenshot needs the passphrase in TONGHU_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang takes zh_CN or en.</translation>
    </message>
    <message>
        <source>Tonghu</source>
        <translation>Tonghu</translation>
    </message>
    <message>
        <source>Case records for children in difficulty.</source>
        <translation>Case records for children in difficulty.</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>The vault folder.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>--screenshot-of review-queue needs a township&apos;s vault.</source>
        <translation>--screenshot-of review-queue needs a township&apos;s vault.</translation>
    </message>
    <message>
        <source>--screenshot-of oversight needs a township&apos;s or county&apos;s vault.</source>
        <translation>--screenshot-of oversight needs a township&apos;s or county&apos;s vault.</translation>
    </message>
    <message>
        <source>Check that this installation works (translations, encryption, the window) and exit.</source>
        <translation>Check that this installation works (translations, encryption, the window) and exit.</translation>
    </message>
    <message>
        <source>Save the view chosen with --screenshot-of as a PNG file and exit (the main window&apos;s views unlock the vault with the passphrase in TONGHU_PASSPHRASE).</source>
        <translation>Save the view chosen with --screenshot-of as a PNG file and exit (the main window&apos;s views unlock the vault with the passphrase in TONGHU_PASSPHRASE).</translation>
    </message>
    <message>
        <source>What --screenshot shows: %1 (default: %2).</source>
        <translation>What --screenshot shows: %1 (default: %2).</translation>
    </message>
    <message>
        <source>--screenshot-of reports needs a township&apos;s or county&apos;s vault.</source>
        <translation>--screenshot-of reports needs a township&apos;s or county&apos;s vault.</translation>
    </message>
    <message>
        <source>--screenshot-of takes one of: %1.</source>
        <translation>--screenshot-of takes one of: %1.</translation>
    </message>
</context>
<context>
    <name>tonghu::Crypto</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
</context>
<context>
    <name>tonghu::Database</name>
    <message>
        <source>This vault was saved by a newer version of Tonghu (data version %1; this version reads up to %2). Please update Tonghu; the vault was not changed.</source>
        <translation>This vault was saved by a newer version of Tonghu (data version %1; this version reads up to %2). Please update Tonghu; the vault was not changed.</translation>
    </message>
    <message>
        <source>The database file is missing.</source>
        <translation>The database file is missing.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>The database file could not be read or written.</translation>
    </message>
    <message>
        <source>The database is read-only; check the folder&apos;s permissions.</source>
        <translation>The database is read-only; check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to this vault.</source>
        <translation>The database file is damaged or does not belong to this vault.</translation>
    </message>
    <message>
        <source>The database is in use by another Tonghu window.</source>
        <translation>The database is in use by another Tonghu window.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored.</source>
        <translation>The change conflicts with a record already stored.</translation>
    </message>
    <message>
        <source>Internal database error (%1: %2).</source>
        <translation>Internal database error (%1: %2).</translation>
    </message>
</context>
<context>
    <name>tonghu::backup::Backup</name>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>The backup was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing.</source>
        <translation>The vault&apos;s key file is missing.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged; it was not backed up.</source>
        <translation>The vault&apos;s key file is damaged; it was not backed up.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the backup; check free disk space.</source>
        <translation>No temporary folder could be made for the backup; check free disk space.</translation>
    </message>
    <message>
        <source>The backup was not prepared.</source>
        <translation>The backup was not prepared.</translation>
    </message>
    <message>
        <source>The copy of the database was not closed cleanly.</source>
        <translation>The copy of the database was not closed cleanly.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to check the backup.</source>
        <translation>No temporary folder could be made to check the backup.</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete, so it cannot be used. Nothing was changed.</source>
        <translation>The backup file is damaged or incomplete, so it cannot be used. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk may be full or not writable. No backup file was left behind.</source>
        <translation>The backup could not be written: the disk may be full or not writable. No backup file was left behind.</translation>
    </message>
    <message>
        <source>The copy of the database could not be read back.</source>
        <translation>The copy of the database could not be read back.</translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>The backup file cannot be opened.</translation>
    </message>
    <message>
        <source>This is not a Tonghu backup file.</source>
        <translation>This is not a Tonghu backup file.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tonghu; update Tonghu to open it.</source>
        <translation>This backup was made by a newer version of Tonghu; update Tonghu to open it.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: the disk may be full or not writable.</source>
        <translation>The backup could not be unpacked: the disk may be full or not writable.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder to restore into.</source>
        <translation>%1 is a file, not a folder; choose a folder to restore into.</translation>
    </message>
    <message>
        <source>%1 already holds a vault; it was not changed. Choose a new folder, or confirm that the vault there is to be replaced.</source>
        <translation>%1 already holds a vault; it was not changed. Choose a new folder, or confirm that the vault there is to be replaced.</translation>
    </message>
    <message>
        <source>%1 holds other files and no vault; restore into a new or empty folder.</source>
        <translation>%1 holds other files and no vault; restore into a new or empty folder.</translation>
    </message>
    <message>
        <source>The folder to restore into could not be created.</source>
        <translation>The folder to restore into could not be created.</translation>
    </message>
    <message>
        <source>The folder to restore into is not writable.</source>
        <translation>The folder to restore into is not writable.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tonghu; update Tonghu to restore it. Nothing was changed.</source>
        <translation>This backup was made by a newer version of Tonghu; update Tonghu to restore it. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::Arguments</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::CliApp</name>
    <message>
        <source>Usage: tonghu-cli check-id NUMBER [--json]</source>
        <translation>Usage: tonghu-cli check-id NUMBER [--json]</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Valid: born %1, %2, registered in %3.</source>
        <translation>Valid: born %1, %2, registered in %3.</translation>
    </message>
    <message>
        <source>NUMBER [--json]</source>
        <translation>NUMBER [--json]</translation>
    </message>
    <message>
        <source>Check an identity-card number: birth date, sex and check character.</source>
        <translation>Check an identity-card number: birth date, sex and check character.</translation>
    </message>
    <message>
        <source>children takes no arguments besides its options.</source>
        <translation>children takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>No child matches.</source>
        <translation>No child matches.</translation>
    </message>
    <message>
        <source>No children on file.</source>
        <translation>No children on file.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Only children whose name, pinyin, initials or last ID digits start with TEXT.</source>
        <translation>Only children whose name, pinyin, initials or last ID digits start with TEXT.</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>The vault folder.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else TONGHU_PASSPHRASE, else a prompt).</source>
        <translation>Read the passphrase from the first line of FILE (else TONGHU_PASSPHRASE, else a prompt).</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Print data as JSON.</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>Language of messages: zh_CN or en.</translation>
    </message>
    <message>
        <source>Show help (for a command after its name).</source>
        <translation>Show help (for a command after its name).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli [--vault DIR] COMMAND [OPTIONS]. `tonghu-cli --help` lists the commands.</source>
        <translation>Usage: tonghu-cli [--vault DIR] COMMAND [OPTIONS]. `tonghu-cli --help` lists the commands.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Options for every command:</translation>
    </message>
    <message>
        <source>Default vault folder: %1</source>
        <translation>Default vault folder: %1</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 bad input (nothing was changed).</source>
        <translation>Exit codes: 0 done, 1 failed, 2 bad input (nothing was changed).</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang takes zh_CN or en.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unknown command %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>--vault needs a folder.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file.</source>
        <translation>--passphrase-file needs a file.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed takes a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>--village-name only applies when demo creates the vault.</source>
        <translation>--village-name only applies when demo creates the vault.</translation>
    </message>
    <message>
        <source>A demo village can only be added to a village&apos;s vault.</source>
        <translation>A demo village can only be added to a village&apos;s vault.</translation>
    </message>
    <message>
        <source>This vault belongs to the village %1; --place cannot change it.</source>
        <translation>This vault belongs to the village %1; --place cannot change it.</translation>
    </message>
    <message>
        <source>Added a demo village with %1 households and %2 children. All names and ID numbers are made up.</source>
        <translation>Added a demo village with %1 households and %2 children. All names and ID numbers are made up.</translation>
    </message>
    <message>
        <source>[--children N] [--seed S] [--place CODE]</source>
        <translation>[--children N] [--seed S] [--place CODE]</translation>
    </message>
    <message>
        <source>Number of children (default 30).</source>
        <translation>Number of children (default 30).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed of the generator (default 1).</translation>
    </message>
    <message>
        <source>12-digit village code for a new vault (default 621126103201, Minxian, Gansu).</source>
        <translation>12-digit village code for a new vault (default 621126103201, Minxian, Gansu).</translation>
    </message>
    <message>
        <source>The village&apos;s name for a new vault (default 红旗村).</source>
        <translation>The village&apos;s name for a new vault (default 红旗村).</translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation>The standard input cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The input is larger than 4 MiB; it cannot be one child&apos;s facts.</source>
        <translation>The input is larger than 4 MiB; it cannot be one child&apos;s facts.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli evaluate FILE|- [--rules DIR]</source>
        <translation>Usage: tonghu-cli evaluate FILE|- [--rules DIR]</translation>
    </message>
    <message>
        <source>--rules needs a folder.</source>
        <translation>--rules needs a folder.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>FILE|- [--rules DIR]</source>
        <translation>FILE|- [--rules DIR]</translation>
    </message>
    <message>
        <source>Apply the rulebook to one child&apos;s facts (JSON from FILE, or - for standard input) and print the findings as JSON.</source>
        <translation>Apply the rulebook to one child&apos;s facts (JSON from FILE, or - for standard input) and print the findings as JSON.</translation>
    </message>
    <message>
        <source>Use the rulebook in DIR instead of the built-in one.</source>
        <translation>Use the rulebook in DIR instead of the built-in one.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation>init takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>init needs --role, --place and --user.</source>
        <translation>init needs --role, --place and --user.</translation>
    </message>
    <message>
        <source>The role is village, township or county.</source>
        <translation>The role is village, township or county.</translation>
    </message>
    <message>
        <source>Give the user&apos;s name with --user.</source>
        <translation>Give the user&apos;s name with --user.</translation>
    </message>
    <message>
        <source>--village-name is only for a village.</source>
        <translation>--village-name is only for a village.</translation>
    </message>
    <message>
        <source>--role village|township|county --place CODE --user NAME [--village-name NAME]</source>
        <translation>--role village|township|county --place CODE --user NAME [--village-name NAME]</translation>
    </message>
    <message>
        <source>Create a vault and show its recovery code once.</source>
        <translation>Create a vault and show its recovery code once.</translation>
    </message>
    <message>
        <source>village, township or county.</source>
        <translation>village, township or county.</translation>
    </message>
    <message>
        <source>12 digits for a village (township code + village number), 9 for a township, 6 for a county.</source>
        <translation>12 digits for a village (township code + village number), 9 for a township, 6 for a county.</translation>
    </message>
    <message>
        <source>The name of the person using this vault.</source>
        <translation>The name of the person using this vault.</translation>
    </message>
    <message>
        <source>The village&apos;s name (villages only).</source>
        <translation>The village&apos;s name (villages only).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules show [DIR] [--json]</source>
        <translation>Usage: tonghu-cli rules show [DIR] [--json]</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>[DIR] [--json]</source>
        <translation>[DIR] [--json]</translation>
    </message>
    <message>
        <source>List the rules of a rulebook folder (default: the built-in one).</source>
        <translation>List the rules of a rulebook folder (default: the built-in one).</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules check DIR [--checklists DIR] [--json]</source>
        <translation>Usage: tonghu-cli check-id NUMBER [--json]</translation>
    </message>
    <message>
        <source>OK: %1, %2 rules, %3 facts, %4 settings, %5 checklists</source>
        <translation>OK: %1, %2 rules, %3 facts, %4 settings, %5 checklists</translation>
    </message>
    <message>
        <source>DIR [--checklists DIR] [--json]</source>
        <translation>DIR [--checklists DIR] [--json]</translation>
    </message>
    <message>
        <source>Check a rulebook folder and its checklists: syntax, facts, settings, types, values, rule references and cycles. Prints the first problem as file:line:column.</source>
        <translation>Check a rulebook folder and its checklists: syntax, facts, settings, types, values, rule references and cycles. Prints the first problem as file:line:column.</translation>
    </message>
    <message>
        <source>The checklists to check with it (default: the checklists folder beside DIR).</source>
        <translation>The checklists to check with it (default: the checklists folder beside DIR).</translation>
    </message>
    <message>
        <source>Add a made-up village with a year of visits and referrals (creating the vault if needed); the same seed on the same day gives the same village.</source>
        <translation>Add a made-up village with a year of visits and referrals (creating the vault if needed); the same seed on the same day gives the same village.</translation>
    </message>
    <message>
        <source>%1 %2 (%3), device %4
Fingerprint: %5</source>
        <translation>%1 %2 (%3), device %4
Fingerprint: %5</translation>
    </message>
    <message>
        <source>enroll export needs --out FILE and nothing else.</source>
        <translation>enroll export needs --out FILE and nothing else.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Wrote this device&apos;s enrollment to %1.</source>
        <translation>Wrote this device&apos;s enrollment to %1.</translation>
    </message>
    <message>
        <source>Read the fingerprint to the person who imports the file, so they can check it.</source>
        <translation>Read the fingerprint to the person who imports the file, so they can check it.</translation>
    </message>
    <message>
        <source>enroll import takes one enrollment file.</source>
        <translation>enroll import takes one enrollment file.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Enrolled: %1</source>
        <translation>Enrolled: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the other device shows, by phone. If they differ, revoke this device at once.</source>
        <translation>Compare the fingerprint with the one the other device shows, by phone. If they differ, revoke this device at once.</translation>
    </message>
    <message>
        <source>enroll list takes no arguments besides its options.</source>
        <translation>enroll list takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>This device: %1
Fingerprint: %2</source>
        <translation>This device: %1
Fingerprint: %2</translation>
    </message>
    <message>
        <source>No device is enrolled yet.</source>
        <translation>No device is enrolled yet.</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Revoked: %1</translation>
    </message>
    <message>
        <source>Trusted: %1</source>
        <translation>Trusted: %1</translation>
    </message>
    <message>
        <source>--out FILE [--json]</source>
        <translation>--out FILE [--json]</translation>
    </message>
    <message>
        <source>Write this device&apos;s enrollment file (public keys, role, place) for the township or county, or the villages, to import.</source>
        <translation>Write this device&apos;s enrollment file (public keys, role, place) for the township or county, or the villages, to import.</translation>
    </message>
    <message>
        <source>Where to write the enrollment file.</source>
        <translation>Where to write the enrollment file.</translation>
    </message>
    <message>
        <source>FILE [--json]</source>
        <translation>FILE [--json]</translation>
    </message>
    <message>
        <source>Trust the device of an enrollment file: a village&apos;s, or the township&apos;s or county&apos;s above this one.</source>
        <translation>Trust the device of an enrollment file: a village&apos;s, or the township&apos;s or county&apos;s above this one.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint and the devices it trusts.</source>
        <translation>This device&apos;s fingerprint and the devices it trusts.</translation>
    </message>
    <message>
        <source>%1 takes one bundle file.</source>
        <translation>%1 takes one bundle file.</translation>
    </message>
    <message>
        <source>export needs --to DIR and nothing else.</source>
        <translation>export needs --to DIR and nothing else.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>Valid: signed by enrolled device %1 (%2 %3), events %4 to %5.</source>
        <translation>Valid: signed by enrolled device %1 (%2 %3), events %4 to %5.</translation>
    </message>
    <message>
        <source>--to DIR [--json]</source>
        <translation>--to DIR [--json]</translation>
    </message>
    <message>
        <source>Write the changes not yet acknowledged by the township and county as bundles into DIR, and print their paths.</source>
        <translation>Write the changes not yet acknowledged by the township and county as bundles into DIR, and print their paths.</translation>
    </message>
    <message>
        <source>The folder to write the bundles to.</source>
        <translation>The folder to write the bundles to.</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s structure and signature without importing it: exit 0 valid, 1 invalid with the reason.</source>
        <translation>Check a bundle&apos;s structure and signature without importing it: exit 0 valid, 1 invalid with the reason.</translation>
    </message>
    <message>
        <source>Show a bundle&apos;s header and counts; its contents only when it is sealed to this device.</source>
        <translation>Show a bundle&apos;s header and counts; its contents only when it is sealed to this device.</translation>
    </message>
    <message>
        <source>import takes one or more bundle files.</source>
        <translation>import takes one or more bundle files.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied.</source>
        <translation>
            <numerusform>%1: %n change applied.</numerusform>
            <numerusform>%1: %n changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1: already imported; nothing changed.</translation>
    </message>
    <message>
        <source>%1: held until the sender&apos;s change %2 arrives (an earlier bundle is missing).</source>
        <translation>%1: held until the sender&apos;s change %2 arrives (an earlier bundle is missing).</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1: refused, nothing changed: %2</translation>
    </message>
    <message>
        <source>FILE... [--json]</source>
        <translation>FILE... [--json]</translation>
    </message>
    <message>
        <source>Import bundles from enrolled devices: each is verified, decrypted and applied whole, or refused and nothing changes.</source>
        <translation>Import bundles from enrolled devices: each is verified, decrypted and applied whole, or refused and nothing changes.</translation>
    </message>
    <message>
        <source>sync takes no arguments besides its options.</source>
        <translation>sync takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>Synced with %1: %2 bundle(s) imported with %3 change(s), %4 written.</source>
        <translation>Synced with %1: %2 bundle(s) imported with %3 change(s), %4 written.</translation>
    </message>
    <message>
        <source>A bundle is held until the sender&apos;s change %1 arrives.</source>
        <translation>A bundle is held until the sender&apos;s change %1 arrives.</translation>
    </message>
    <message>
        <source>The shared folder (remembered for next time).</source>
        <translation>The shared folder (remembered for next time).</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules publish DIR</source>
        <translation>Usage: tonghu-cli rules publish DIR</translation>
    </message>
    <message>
        <source>Published the settings of %1; they go to the townships and villages at the next sync.</source>
        <translation>Published the settings of %1; they go to the townships and villages at the next sync.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli conflicts [--json]</source>
        <translation>Usage: tonghu-cli conflicts [--json]</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli conflicts resolve ID --keep shown|other</source>
        <translation>Usage: tonghu-cli conflicts resolve ID --keep shown|other</translation>
    </message>
    <message>
        <source>Settled.</source>
        <translation>Settled.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>County only: check the rulebook folder DIR and publish its settings under its version to every township and village of the county.</source>
        <translation>County only: check the rulebook folder DIR and publish its settings under its version to every township and village of the county.</translation>
    </message>
    <message>
        <source>List the fields changed on two devices at once, waiting for a decision.</source>
        <translation>List the fields changed on two devices at once, waiting for a decision.</translation>
    </message>
    <message>
        <source>ID --keep shown|other</source>
        <translation>ID --keep shown|other</translation>
    </message>
    <message>
        <source>Settle a conflict: keep the value shown, or write the other device&apos;s value.</source>
        <translation>Settle a conflict: keep the value shown, or write the other device&apos;s value.</translation>
    </message>
    <message>
        <source>Which value to keep.</source>
        <translation>Which value to keep.</translation>
    </message>
    <message>
        <source>[--folder DIR | --server URL [--user NAME] [--server-password-file FILE]] [--json]</source>
        <translation>[--folder DIR | --server URL [--user NAME] [--server-password-file FILE]] [--json]</translation>
    </message>
    <message>
        <source>Exchange bundles through a folder shared with the township or villages (a USB stick or a shared drive) or a WebDAV server: import those for this device, leave this device&apos;s. The target is remembered; the server password may also come from TONGHU_SYNC_PASSWORD.</source>
        <translation>Exchange bundles through a folder shared with the township or villages (a USB stick or a shared drive) or a WebDAV server: import those for this device, leave this device&apos;s. The target is remembered; the server password may also come from TONGHU_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>The WebDAV server (remembered for next time).</source>
        <translation>The WebDAV server (remembered for next time).</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>The user name on the server.</translation>
    </message>
    <message>
        <source>A file whose first line is the server password.</source>
        <translation>A file whose first line is the server password.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli retention due [--json]</source>
        <translation>Usage: tonghu-cli retention due [--json]</translation>
    </message>
    <message>
        <source>Children who left more than %1 years ago and can be purged: %2</source>
        <translation>Children who left more than %1 years ago and can be purged: %2</translation>
    </message>
    <message>
        <source>Purging cannot be undone: run tonghu-cli retention purge --confirm to purge every child listed by retention due.</source>
        <translation>Purging cannot be undone: run tonghu-cli retention purge --confirm to purge every child listed by retention due.</translation>
    </message>
    <message>
        <source>Children whose records were purged from this device: %1</source>
        <translation>Children whose records were purged from this device: %1</translation>
    </message>
    <message>
        <source>List the children who left longer ago than the county&apos;s retention setting.</source>
        <translation>List the children who left longer ago than the county&apos;s retention setting.</translation>
    </message>
    <message>
        <source>--confirm</source>
        <translation>--confirm</translation>
    </message>
    <message>
        <source>Purge from this device every record of the children retention due lists; audited.</source>
        <translation>Purge from this device every record of the children retention due lists; audited.</translation>
    </message>
    <message>
        <source>Yes, purge them.</source>
        <translation>Yes, purge them.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli audit verify [--json]</source>
        <translation>Usage: tonghu-cli audit verify [--json]</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry.</numerusform>
            <numerusform>The audit log is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu.</source>
        <translation>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2025-03-01.</source>
        <translation>--since takes a date such as 2025-03-01.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli audit list [--since DATE] [--action A] [--user ID] [--json]</source>
        <translation>Usage: tonghu-cli audit list [--since DATE] [--action A] [--user ID] [--json]</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>No entry matches.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain: exit 0 intact, 1 with the first entry that was changed, removed or added.</source>
        <translation>Check the audit log&apos;s hash chain: exit 0 intact, 1 with the first entry that was changed, removed or added.</translation>
    </message>
    <message>
        <source>[--since DATE] [--action A] [--user ID] [--json]</source>
        <translation>[--since DATE] [--action A] [--user ID] [--json]</translation>
    </message>
    <message>
        <source>List the audit log, oldest first: who did what to which record, by id only.</source>
        <translation>List the audit log, oldest first: who did what to which record, by id only.</translation>
    </message>
    <message>
        <source>Only entries from this day (YYYY-MM-DD) on.</source>
        <translation>Only entries from this day (YYYY-MM-DD) on.</translation>
    </message>
    <message>
        <source>Only this action, or this group of actions (export finds export.pdf).</source>
        <translation>Only this action, or this group of actions (export finds export.pdf).</translation>
    </message>
    <message>
        <source>Only entries of the user with this id.</source>
        <translation>Only entries of the user with this id.</translation>
    </message>
    <message>
        <source>[--search TEXT] [--show-id] [--json]</source>
        <translation>[--search TEXT] [--show-id] [--json]</translation>
    </message>
    <message>
        <source>List the children on file, ID numbers masked unless --show-id.</source>
        <translation>List the children on file, ID numbers masked unless --show-id.</translation>
    </message>
    <message>
        <source>Show the ID numbers whole; each one shown is written to the audit log.</source>
        <translation>Show the ID numbers whole; each one shown is written to the audit log.</translation>
    </message>
    <message>
        <source>History of the past year: submitted visits: %1, open drafts: %2, referrals: %3, guardians&apos; consents: %4.</source>
        <translation>History of the past year: submitted visits: %1, open drafts: %2, referrals: %3, guardians&apos; consents: %4.</translation>
    </message>
    <message>
        <source>report ledger takes no arguments besides its options.</source>
        <translation>report ledger takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv.</source>
        <translation>--format takes xlsx or csv.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>Give the file to write with --out FILE.</translation>
    </message>
    <message>
        <source>The folder of --out does not exist.</source>
        <translation>The folder of --out does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n child(ren) to %1.</source>
        <translation>
            <numerusform>Wrote the ledger of %n child to %1.</numerusform>
            <numerusform>Wrote the ledger of %n children to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE [--format xlsx|csv] [--place CODE] [--category NAME] [--show-id] [--show-notes]</source>
        <translation>--out FILE [--format xlsx|csv] [--place CODE] [--category NAME] [--show-id] [--show-notes]</translation>
    </message>
    <message>
        <source>Write the ledger of the place&apos;s children as an Excel or CSV file; ID numbers and notes masked unless asked for.</source>
        <translation>Write the ledger of the place&apos;s children as an Excel or CSV file; ID numbers and notes masked unless asked for.</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>The file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>xlsx (the default) or csv.</source>
        <translation>xlsx (the default) or csv.</translation>
    </message>
    <message>
        <source>Only the children of this village (12 digits) or township (9); the vault&apos;s place by default.</source>
        <translation>Only the children of this village (12 digits) or township (9); the vault&apos;s place by default.</translation>
    </message>
    <message>
        <source>Only the children of this category: its rule id (cat.orphan), short name (orphan) or title.</source>
        <translation>Only the children of this category: its rule id (cat.orphan), short name (orphan) or title.</translation>
    </message>
    <message>
        <source>Write whole ID numbers (only for your own area); recorded in the audit log.</source>
        <translation>Write whole ID numbers (only for your own area); recorded in the audit log.</translation>
    </message>
    <message>
        <source>Write the children&apos;s sensitive notes (only for your own area); recorded in the audit log.</source>
        <translation>Write the children&apos;s sensitive notes (only for your own area); recorded in the audit log.</translation>
    </message>
    <message>
        <source>Children: %1, households: %2, visits: %3, events: %4; schema version %5.</source>
        <translation>Children: %1, households: %2, visits: %3, events: %4; schema version %5.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli backup --out FILE [--json]</source>
        <translation>Usage: tonghu-cli backup --out FILE [--json]</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name. Nothing was written.</source>
        <translation>%1 already exists; choose another name. Nothing was written.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>Backup written to %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli backup verify FILE [--recovery-code] [--json]</source>
        <translation>Usage: tonghu-cli backup verify FILE [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>The backup is intact and opens: made %1 for place %2.</source>
        <translation>The backup is intact and opens: made %1 for place %2.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli restore FILE --to DIR [--overwrite] [--recovery-code] [--json]</source>
        <translation>Usage: tonghu-cli restore FILE --to DIR [--overwrite] [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Restored the backup of %1 into %2.</translation>
    </message>
    <message>
        <source>The secret given (file, TONGHU_PASSPHRASE or prompt) is the recovery code, not a passphrase.</source>
        <translation>The secret given (file, TONGHU_PASSPHRASE or prompt) is the recovery code, not a passphrase.</translation>
    </message>
    <message>
        <source>Write one encrypted backup file of the vault (a consistent copy taken while it is in use, and its key slots); audited.</source>
        <translation>Write one encrypted backup file of the vault (a consistent copy taken while it is in use, and its key slots); audited.</translation>
    </message>
    <message>
        <source>The backup file to write; must not exist.</source>
        <translation>The backup file to write; must not exist.</translation>
    </message>
    <message>
        <source>FILE [--recovery-code] [--json]</source>
        <translation>FILE [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Check that a backup is whole and opens with the passphrase: exit 0 intact, 1 damaged, 2 wrong passphrase.</source>
        <translation>Check that a backup is whole and opens with the passphrase: exit 0 intact, 1 damaged, 2 wrong passphrase.</translation>
    </message>
    <message>
        <source>FILE --to DIR [--overwrite] [--recovery-code] [--json]</source>
        <translation>FILE --to DIR [--overwrite] [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Restore a backup as the vault of a new or empty folder; an existing vault there is replaced only with --overwrite, and only once the restored one opened.</source>
        <translation>Restore a backup as the vault of a new or empty folder; an existing vault there is replaced only with --overwrite, and only once the restored one opened.</translation>
    </message>
    <message>
        <source>The folder of the restored vault.</source>
        <translation>The folder of the restored vault.</translation>
    </message>
    <message>
        <source>Replace the vault in that folder, if there is one.</source>
        <translation>Replace the vault in that folder, if there is one.</translation>
    </message>
    <message>
        <source>The month to summarize, such as 2026-03.</source>
        <translation>The month to summarize, such as 2026-03.</translation>
    </message>
    <message>
        <source>pdf or xlsx.</source>
        <translation>pdf or xlsx.</translation>
    </message>
    <message>
        <source>The file to write (replaced only once it is whole).</source>
        <translation>The file to write (replaced only once it is whole).</translation>
    </message>
    <message>
        <source>The township or county, when it is not the vault&apos;s own (a county&apos;s vault names a township).</source>
        <translation>The township or county, when it is not the vault&apos;s own (a county&apos;s vault names a township).</translation>
    </message>
    <message>
        <source>A county summary is made in the county&apos;s vault; this vault is a village&apos;s.</source>
        <translation>A county summary is made in the county&apos;s vault; this vault is a village&apos;s.</translation>
    </message>
    <message>
        <source>A township summary is made in the township&apos;s or the county&apos;s vault; this vault is a village&apos;s.</source>
        <translation>A township summary is made in the township&apos;s or the county&apos;s vault; this vault is a village&apos;s.</translation>
    </message>
    <message>
        <source>A county summary is made in the county&apos;s vault; a township&apos;s vault holds only its own villages.</source>
        <translation>A county summary is made in the county&apos;s vault; a township&apos;s vault holds only its own villages.</translation>
    </message>
    <message>
        <source>Name the township with --place CODE (9 digits): this vault is the county&apos;s.</source>
        <translation>Name the township with --place CODE (9 digits): this vault is the county&apos;s.</translation>
    </message>
    <message>
        <source>%1 is not %2 or a place under it: this vault holds no records of it.</source>
        <translation>%1 is not %2 or a place under it: this vault holds no records of it.</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli report county --month YYYY-MM --format pdf|xlsx --out FILE</source>
        <translation>Usage: tonghu-cli report county --month YYYY-MM --format pdf|xlsx --out FILE</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli report township --month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</source>
        <translation>Usage: tonghu-cli report township --month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet.</source>
        <translation>The month %1 has not begun yet.</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format takes pdf or xlsx.</translation>
    </message>
    <message>
        <source>--out needs a file.</source>
        <translation>--out needs a file.</translation>
    </message>
    <message>
        <source>--place takes a county&apos;s 6-digit code.</source>
        <translation>--place takes a county&apos;s 6-digit code.</translation>
    </message>
    <message>
        <source>--place takes a township&apos;s 9-digit code.</source>
        <translation>--place takes a township&apos;s 9-digit code.</translation>
    </message>
    <message>
        <source>This program was built without PDF drawing; use tonghu-cli.</source>
        <translation>This program was built without PDF drawing; use tonghu-cli.</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 written to %4.</source>
        <translation>%1 of %2 for %3 written to %4.</translation>
    </message>
    <message>
        <source>--month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</source>
        <translation>--month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</translation>
    </message>
    <message>
        <source>A township&apos;s summary of a month: visits done and due, categories, risks, referrals and benefits, per village; audited.</source>
        <translation>A township&apos;s summary of a month: visits done and due, categories, risks, referrals and benefits, per village; audited.</translation>
    </message>
    <message>
        <source>--month YYYY-MM --format pdf|xlsx --out FILE</source>
        <translation>--month YYYY-MM --format pdf|xlsx --out FILE</translation>
    </message>
    <message>
        <source>A county&apos;s summary of a month, per township, from the county&apos;s vault; audited.</source>
        <translation>A county&apos;s summary of a month, per township, from the county&apos;s vault; audited.</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::PassphraseInput</name>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>The passphrase is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>The passphrase could not be read from the terminal.</translation>
    </message>
    <message>
        <source>No passphrase: run in a terminal to be asked, or use --passphrase-file FILE or the TONGHU_PASSPHRASE variable.</source>
        <translation>No passphrase: run in a terminal to be asked, or use --passphrase-file FILE or the TONGHU_PASSPHRASE variable.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>The passphrase file %1 cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>New passphrase (at least %n characters): </source>
        <translation>
            <numerusform>New passphrase (at least %n character): </numerusform>
            <numerusform>New passphrase (at least %n characters): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::cli::VaultAccess</name>
    <message>
        <source>There is no vault in %1. Create one with `tonghu-cli init` or `tonghu-cli demo`.</source>
        <translation>There is no vault in %1. Create one with `tonghu-cli init` or `tonghu-cli demo`.</translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation>A township code has 9 digits.</translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation>A county code has 6 digits.</translation>
    </message>
    <message>
        <source>%1 is not a county in the national division table.</source>
        <translation>%1 is not a county in the national division table.</translation>
    </message>
    <message>
        <source>%1 is not a township in the national division table.</source>
        <translation>%1 is not a township in the national division table.</translation>
    </message>
    <message>
        <source>The village number (the last 3 digits) cannot be 000.</source>
        <translation>The village number (the last 3 digits) cannot be 000.</translation>
    </message>
    <message>
        <source>Give the village&apos;s name with --village-name.</source>
        <translation>Give the village&apos;s name with --village-name.</translation>
    </message>
    <message>
        <source>There is already a vault in %1; it was not changed.</source>
        <translation>There is already a vault in %1; it was not changed.</translation>
    </message>
    <message>
        <source>Created a vault for %1 in %2.</source>
        <translation>Created a vault for %1 in %2.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
    <message>
        <source>Write the recovery code on paper now and keep it somewhere safe, away from this computer. It is shown only this once; without it a forgotten passphrase cannot be replaced.</source>
        <translation>Write the recovery code on paper now and keep it somewhere safe, away from this computer. It is shown only this once; without it a forgotten passphrase cannot be replaced.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::AttachmentStore</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2. Take the photo at a lower resolution or scan in black and white.</source>
        <translation>The file is %1; attachments may be at most %2. Take the photo at a lower resolution or scan in black and white.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF scans can be attached.</source>
        <translation>Only photos (JPEG, PNG) and PDF scans can be attached.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>The attachment no longer exists.</translation>
    </message>
    <message>
        <source>The attachment is damaged.</source>
        <translation>The attachment is damaged.</translation>
    </message>
    <message>
        <source>A photo or scan of a submitted visit is part of its record and cannot be removed.</source>
        <translation>A photo or scan of a submitted visit is part of its record and cannot be removed.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ConsentStore</name>
    <message>
        <source>Signed consent form</source>
        <translation>Signed consent form</translation>
    </message>
    <message>
        <source>Thumbprint on the consent form</source>
        <translation>Thumbprint on the consent form</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>Spoken, with a witness</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>The child&apos;s record no longer exists.</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who gave consent.</source>
        <translation>Enter the name of the guardian who gave consent.</translation>
    </message>
    <message>
        <source>Enter the day consent was given; it cannot be in the future.</source>
        <translation>Enter the day consent was given; it cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>Choose how consent was given.</translation>
    </message>
    <message>
        <source>A spoken consent needs the name of its witness.</source>
        <translation>A spoken consent needs the name of its witness.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s relation to the child from the list.</source>
        <translation>Choose the guardian&apos;s relation to the child from the list.</translation>
    </message>
    <message>
        <source>This consent record no longer exists.</source>
        <translation>This consent record no longer exists.</translation>
    </message>
    <message>
        <source>Enter the day consent was withdrawn: not before it was given, and not in the future.</source>
        <translation>Enter the day consent was withdrawn: not before it was given, and not in the future.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::DemoVillage</name>
    <message>
        <source>The demo village can have 1 to %1 children.</source>
        <translation>The demo village can have 1 to %1 children.</translation>
    </message>
    <message>
        <source>A demo village needs a 12-digit village code.</source>
        <translation>A demo village needs a 12-digit village code.</translation>
    </message>
    <message>
        <source>A demo village needs a name.</source>
        <translation>A demo village needs a name.</translation>
    </message>
    <message>
        <source>The demo&apos;s visit history cannot end in the future.</source>
        <translation>The demo&apos;s visit history cannot end in the future.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, but this one has %1.</source>
        <translation>An ID number has 18 characters, but this one has %1.</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or the letter X.</source>
        <translation>An ID number is 17 digits followed by a digit or the letter X.</translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a province of China.</source>
        <translation>The first two digits (%1) are not a province of China.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>The birth date in the ID number (%1) is not a real date.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>The birth date in the ID number (%1) is in the future.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation>The birth date in the ID number (%1) is before 1900.</translation>
    </message>
    <message>
        <source>The check digit is wrong: the last character should be %1, unless another digit was mistyped.</source>
        <translation>The check digit is wrong: the last character should be %1, unless another digit was mistyped.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Masking</name>
    <message>
        <source>[sensitive note hidden]</source>
        <translation>[sensitive note hidden]</translation>
    </message>
    <message>
        <source>That value is not one that is masked.</source>
        <translation>That value is not one that is masked.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>This record is not from your area, so its value stays hidden.</source>
        <translation>This record is not from your area, so its value stays hidden.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::RecordStore</name>
    <message>
        <source>The household no longer exists.</source>
        <translation>The household no longer exists.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>The child&apos;s record no longer exists.</translation>
    </message>
    <message>
        <source>A number of months must be between 0 and 1200.</source>
        <translation>A number of months must be between 0 and 1200.</translation>
    </message>
    <message>
        <source>The disability level must be 0 (none) or 1 to 4.</source>
        <translation>The disability level must be 0 (none) or 1 to 4.</translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation>Enter the household&apos;s address.</translation>
    </message>
    <message>
        <source>Choose the household&apos;s assistance status.</source>
        <translation>Choose the household&apos;s assistance status.</translation>
    </message>
    <message>
        <source>Choose the kind of crisis from the list.</source>
        <translation>Choose the kind of crisis from the list.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation>Choose the household this person belongs to.</translation>
    </message>
    <message>
        <source>Choose how the person is related to the child.</source>
        <translation>Choose how the person is related to the child.</translation>
    </message>
    <message>
        <source>Choose the sex from the list.</source>
        <translation>Choose the sex from the list.</translation>
    </message>
    <message>
        <source>Choose the parent&apos;s status from the list.</source>
        <translation>Choose the parent&apos;s status from the list.</translation>
    </message>
    <message>
        <source>Choose the disability type from the list.</source>
        <translation>Choose the disability type from the list.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation>Enter the child&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the household the child lives in.</source>
        <translation>Choose the household the child lives in.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s birth date or ID number.</source>
        <translation>Enter the child&apos;s birth date or ID number.</translation>
    </message>
    <message>
        <source>Choose the child&apos;s sex.</source>
        <translation>Choose the child&apos;s sex.</translation>
    </message>
    <message>
        <source>Choose the household registration from the list.</source>
        <translation>Choose the household registration from the list.</translation>
    </message>
    <message>
        <source>Choose the schooling from the list.</source>
        <translation>Choose the schooling from the list.</translation>
    </message>
    <message>
        <source>A child&apos;s status is either active or left.</source>
        <translation>A child&apos;s status is either active or left.</translation>
    </message>
    <message>
        <source>Parents and guardians must be members of the child&apos;s household.</source>
        <translation>Parents and guardians must be members of the child&apos;s household.</translation>
    </message>
    <message>
        <source>A household whose children have visit records cannot be deleted.</source>
        <translation>A household whose children have visit records cannot be deleted.</translation>
    </message>
    <message>
        <source>A child with visit records cannot be deleted; mark the child as having left instead.</source>
        <translation>A child with visit records cannot be deleted; mark the child as having left instead.</translation>
    </message>
    <message>
        <source>The day the child left cannot be in the future or before the birth date.</source>
        <translation>The day the child left cannot be in the future or before the birth date.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ReferralStore</name>
    <message>
        <source>Name the agency the child is referred to.</source>
        <translation>Name the agency the child is referred to.</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Give the reason for the referral.</translation>
    </message>
    <message>
        <source>The due date is before the referral was opened.</source>
        <translation>The due date is before the referral was opened.</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>The referral no longer exists.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>A referral that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Retention</name>
    <message>
        <source>A child&apos;s records are purged only when the retention time after they left (%1 years) is over. Nothing was purged.</source>
        <translation>A child&apos;s records are purged only when the retention time after they left (%1 years) is over. Nothing was purged.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ReviewStore</name>
    <message>
        <source>This visit is not in this township&apos;s records.</source>
        <translation>This visit is not in this township&apos;s records.</translation>
    </message>
    <message>
        <source>Only a submitted visit can be reviewed.</source>
        <translation>Only a submitted visit can be reviewed.</translation>
    </message>
    <message>
        <source>This visit is from a village outside this township.</source>
        <translation>This visit is from a village outside this township.</translation>
    </message>
    <message>
        <source>This visit has been corrected since: review the corrected version.</source>
        <translation>This visit has been corrected since: review the corrected version.</translation>
    </message>
    <message>
        <source>Say what the child director should correct before returning the visit.</source>
        <translation>Say what the child director should correct before returning the visit.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::VisitStore</name>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>The child&apos;s record no longer exists.</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>The visit record no longer exists.</translation>
    </message>
    <message>
        <source>This visit was submitted and cannot be changed; make a correction instead.</source>
        <translation>This visit was submitted and cannot be changed; make a correction instead.</translation>
    </message>
    <message>
        <source>The checklist has no question &apos;%1&apos;.</source>
        <translation>The checklist has no question &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The visit date cannot be in the future.</source>
        <translation>The visit date cannot be in the future.</translation>
    </message>
    <message>
        <source>Record when the report was made and to whom.</source>
        <translation>Record when the report was made and to whom.</translation>
    </message>
    <message>
        <source>Record why the report could not be made.</source>
        <translation>Record why the report could not be made.</translation>
    </message>
    <message>
        <source>%1: record the report that was made (when, to whom, reference number) or why it could not be made.</source>
        <translation>%1: record the report that was made (when, to whom, reference number) or why it could not be made.</translation>
    </message>
    <message>
        <source>The visit cannot be submitted yet:</source>
        <translation>The visit cannot be submitted yet:</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <source>Only a submitted visit is corrected; a draft can simply be edited.</source>
        <translation>Only a submitted visit is corrected; a draft can simply be edited.</translation>
    </message>
    <message>
        <source>This child has an unfinished visit; submit or finish it before making a correction.</source>
        <translation>This child has an unfinished visit; submit or finish it before making a correction.</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>This county</source>
        <translation>This county</translation>
    </message>
    <message>
        <source>Another county</source>
        <translation>Another county</translation>
    </message>
    <message>
        <source>No household registration</source>
        <translation>No household registration</translation>
    </message>
    <message>
        <source>Not yet of school age</source>
        <translation>Not yet of school age</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>Junior middle school</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>Vocational school</translation>
    </message>
    <message>
        <source>College or university</source>
        <translation>College or university</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Autism</source>
        <translation>Autism</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Alive</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Declared missing by a court</source>
        <translation>Declared missing by a court</translation>
    </message>
    <message>
        <source>Cannot be found</source>
        <translation>Cannot be found</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>Minimum living allowance (dibao)</translation>
    </message>
    <message>
        <source>Extreme-poverty support (tekun)</source>
        <translation>Extreme-poverty support (tekun)</translation>
    </message>
    <message>
        <source>Near the dibao line</source>
        <translation>Near the dibao line</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Sudden serious illness</source>
        <translation>Sudden serious illness</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>Disaster</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::ExportControl</name>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Ledger</name>
    <message>
        <source>A place is a county (6 digits), a township (9) or a village (12).</source>
        <translation>A place is a county (6 digits), a township (9) or a village (12).</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>Household head</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>Latest visit</source>
        <translation>Latest visit</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Open risks</translation>
    </message>
    <message>
        <source>Benefits in progress</source>
        <translation>Benefits in progress</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>There is no category %1. The categories are: %2.</source>
        <translation>There is no category %1. The categories are: %2.</translation>
    </message>
    <message>
        <source>Whole ID numbers and notes can be exported only for the children of your own area.</source>
        <translation>Whole ID numbers and notes can be exported only for the children of your own area.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (documents %2/%3)</source>
        <translation>%1 (documents %2/%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::PendingFile</name>
    <message>
        <source>The file could not be written: check that the folder still exists, that you may write there and that the disk has room. No file was left behind.</source>
        <translation>The file could not be written: check that the folder still exists, that you may write there and that the disk has room. No file was left behind.</translation>
    </message>
    <message>
        <source>That is a folder; choose a file name inside it.</source>
        <translation>That is a folder; choose a file name inside it.</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Statistics</name>
    <message>
        <source>A place is a county (6 digits), a township (9) or a village (12).</source>
        <translation>A place is a county (6 digits), a township (9) or a village (12).</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Summaries</name>
    <message>
        <source>%1 is not a month: write it as year and month, such as 2026-03.</source>
        <translation>%1 is not a month: write it as year and month, such as 2026-03.</translation>
    </message>
    <message>
        <source>A county summary is for a county: a 6-digit place code.</source>
        <translation>A county summary is for a county: a 6-digit place code.</translation>
    </message>
    <message>
        <source>A township summary is for a township: a 9-digit place code.</source>
        <translation>A township summary is for a township: a 9-digit place code.</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet.</source>
        <translation>The month %1 has not begun yet.</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Summary</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Place code</source>
        <translation>Place code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation>Children on file</translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation>Due for a visit</translation>
    </message>
    <message>
        <source>Due and visited</source>
        <translation>Due and visited</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visits made</translation>
    </message>
    <message>
        <source>Risks found</source>
        <translation>Risks found</translation>
    </message>
    <message>
        <source>Risks resolved</source>
        <translation>Risks resolved</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Referrals made</translation>
    </message>
    <message>
        <source>Benefit applications</source>
        <translation>Benefit applications</translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation>Rulebook</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>By township</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due, visited</source>
        <translation>Due, visited</translation>
    </message>
    <message>
        <source>Due, not visited</source>
        <translation>Due, not visited</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Children by category</source>
        <translation>Children by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Risks found and resolved</source>
        <translation>Risks found and resolved</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Resolved by a later visit</source>
        <translation>Resolved by a later visit</translation>
    </message>
    <message>
        <source>Resolved by referral</source>
        <translation>Resolved by referral</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Referrals by agency</source>
        <translation>Referrals by agency</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Made in the month</source>
        <translation>Made in the month</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Benefits applied for</source>
        <translation>Benefits applied for</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Eligible children</source>
        <translation>Eligible children</translation>
    </message>
    <message>
        <source>Applied for in the month</source>
        <translation>Applied for in the month</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>County summary</translation>
    </message>
    <message>
        <source>Township summary</source>
        <translation>Township summary</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::XlsxWriter</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Checklist</name>
    <message>
        <source>Entries must follow a [header].</source>
        <translation>Entries must follow a [header].</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in [checklist].</source>
        <translation>Unknown entry &apos;%1&apos; in [checklist].</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a section.</source>
        <translation>Unknown entry &apos;%1&apos; in a section.</translation>
    </message>
    <message>
        <source>The section &apos;%1&apos; needs title.zh and title.en.</source>
        <translation>The section &apos;%1&apos; needs title.zh and title.en.</translation>
    </message>
    <message>
        <source>Unknown block [%1]: use [checklist], [section NAME] or [question FACT].</source>
        <translation>Unknown block [%1]: use [checklist], [section NAME] or [question FACT].</translation>
    </message>
    <message>
        <source>The question asks for the unknown fact &apos;%1&apos;.</source>
        <translation>The question asks for the unknown fact &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is asked twice.</source>
        <translation>The fact &apos;%1&apos; is asked twice.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; write code: label | code: label.</source>
        <translation>&apos;%1&apos; is not a value of %2; write code: label | code: label.</translation>
    </message>
    <message>
        <source>&apos;required&apos; is true or false.</source>
        <translation>&apos;required&apos; is true or false.</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a question.</source>
        <translation>Unknown entry &apos;%1&apos; in a question.</translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; names no known section (section = ...).</source>
        <translation>The question &apos;%1&apos; names no known section (section = ...).</translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; needs label.zh and label.en.</source>
        <translation>The question &apos;%1&apos; needs label.zh and label.en.</translation>
    </message>
    <message>
        <source>A question with valid_if needs invalid.zh and invalid.en.</source>
        <translation>A question with valid_if needs invalid.zh and invalid.en.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; of %2 has no %3 label.</source>
        <translation>The value &apos;%1&apos; of %2 has no %3 label.</translation>
    </message>
    <message>
        <source>The checklist needs [checklist] with an id and a version.</source>
        <translation>The checklist needs [checklist] with an id and a version.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>This question must be answered.</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::ChildEvaluation</name>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>The child&apos;s record no longer exists.</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>The visit record no longer exists.</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::CountyRulebook</name>
    <message>
        <source>This rulebook is &quot;%1&quot;; only the settings of &quot;%2&quot; can be published.</source>
        <translation>This rulebook is &quot;%1&quot;; only the settings of &quot;%2&quot; can be published.</translation>
    </message>
    <message>
        <source>The setting %1 is not one of the rulebook&apos;s.</source>
        <translation>The setting %1 is not one of the rulebook&apos;s.</translation>
    </message>
    <message>
        <source>Version %1 has been published already: raise the version in rulebook.conf.</source>
        <translation>Version %1 has been published already: raise the version in rulebook.conf.</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::FactsInput</name>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>must be between %1 and %2.</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD.</source>
        <translation>must be a real date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>must be one of: %1.</translation>
    </message>
    <message>
        <source>must be a list of: %1.</source>
        <translation>must be a list of: %1.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (at character %1: %2).</source>
        <translation>The input is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object with &quot;as_of&quot; and &quot;facts&quot;.</source>
        <translation>The input must be a JSON object with &quot;as_of&quot; and &quot;facts&quot;.</translation>
    </message>
    <message>
        <source>as_of: must be a real date written YYYY-MM-DD.</source>
        <translation>as_of: must be a real date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>facts: must be a JSON object of fact names and values.</source>
        <translation>facts: must be a JSON object of fact names and values.</translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos; was ignored.</source>
        <translation>Unknown fact &apos;%1&apos; was ignored.</translation>
    </message>
    <message>
        <source>is after as_of (%1).</source>
        <translation>is after as_of (%1).</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; was ignored: the input has &quot;as_of&quot; and &quot;facts&quot;.</source>
        <translation>Unknown key &apos;%1&apos; was ignored: the input has &quot;as_of&quot; and &quot;facts&quot;.</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Parser</name>
    <message>
        <source>The condition is empty.</source>
        <translation>The condition is empty.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; after a complete condition.</source>
        <translation>Unexpected &apos;%1&apos; after a complete condition.</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; here.</source>
        <translation>Expected &apos;%1&apos; here.</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be followed by a list such as [&apos;a&apos;, &apos;b&apos;].</source>
        <translation>&apos;in&apos; must be followed by a list such as [&apos;a&apos;, &apos;b&apos;].</translation>
    </message>
    <message>
        <source>The condition ends too early.</source>
        <translation>The condition ends too early.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot stand here.</source>
        <translation>&apos;%1&apos; cannot stand here.</translation>
    </message>
    <message>
        <source>A list may hold only numbers and quoted text.</source>
        <translation>A list may hold only numbers and quoted text.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>Unexpected &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected input.</source>
        <translation>Unexpected input.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <source>The text starting here has no closing quote.</source>
        <translation>The text starting here has no closing quote.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name.</source>
        <translation>&apos;%1&apos; is not a valid name.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>Unexpected character &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The condition is nested too deeply.</source>
        <translation>The condition is nested too deeply.</translation>
    </message>
    <message>
        <source>Write a single &apos;=&apos; to compare: there is no &apos;==&apos;.</source>
        <translation>The condition is empty.</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Rulebook</name>
    <message>
        <source>A fact needs a name and a type.</source>
        <translation>A fact needs a name and a type.</translation>
    </message>
    <message>
        <source>A number range is written min..max, e.g. 0..4.</source>
        <translation>A number range is written min..max, e.g. 0..4.</translation>
    </message>
    <message>
        <source>An enum or list fact needs its allowed values.</source>
        <translation>An enum or list fact needs its allowed values.</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;: use bool, number, date, enum or list.</source>
        <translation>Unknown type &apos;%1&apos;: use bool, number, date, enum or list.</translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is defined twice.</source>
        <translation>The fact &apos;%1&apos; is defined twice.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation>a list of values</translation>
    </message>
    <message>
        <source>A condition must be true or false.</source>
        <translation>A condition must be true or false.</translation>
    </message>
    <message>
        <source>A severity must be low, medium, high or critical.</source>
        <translation>A severity must be low, medium, high or critical.</translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a number.</source>
        <translation>&apos;days&apos; must be a number.</translation>
    </message>
    <message>
        <source>The definition &apos;%1&apos; uses itself.</source>
        <translation>The definition &apos;%1&apos; uses itself.</translation>
    </message>
    <message>
        <source>Here it is %1.</source>
        <translation>Here it is %1.</translation>
    </message>
    <message>
        <source>Unknown severity &apos;%1&apos;: use low, medium, high or critical.</source>
        <translation>Unknown severity &apos;%1&apos;: use low, medium, high or critical.</translation>
    </message>
    <message>
        <source>A severity is a word such as &apos;high&apos; or if(condition, &apos;high&apos;, &apos;medium&apos;).</source>
        <translation>A severity is a word such as &apos;high&apos; or if(condition, &apos;high&apos;, &apos;medium&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; allowed: %3.</source>
        <translation>&apos;%1&apos; is not a value of %2; allowed: %3.</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs true or false.</source>
        <translation>&apos;not&apos; needs true or false.</translation>
    </message>
    <message>
        <source>&apos;and&apos; and &apos;or&apos; join conditions that are true or false.</source>
        <translation>&apos;and&apos; and &apos;or&apos; join conditions that are true or false.</translation>
    </message>
    <message>
        <source>&apos;+&apos; and &apos;-&apos; work on numbers.</source>
        <translation>&apos;+&apos; and &apos;-&apos; work on numbers.</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2.</source>
        <translation>Cannot compare %1 with %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or dates only.</source>
        <translation>&apos;%1&apos; compares numbers or dates only.</translation>
    </message>
    <message>
        <source>&apos;in&apos; tests a number or a text value.</source>
        <translation>&apos;in&apos; tests a number or a text value.</translation>
    </message>
    <message>
        <source>The list mixes numbers and text with %1.</source>
        <translation>The list mixes numbers and text with %1.</translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a list fact on its left.</source>
        <translation>&apos;contains&apos; needs a list fact on its left.</translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a quoted value on its right.</source>
        <translation>&apos;contains&apos; needs a quoted value on its right.</translation>
    </message>
    <message>
        <source>&apos;age&apos; needs the fact child.birth_date.</source>
        <translation>&apos;age&apos; needs the fact child.birth_date.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Unknown setting &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A schedule entry cannot be used in a condition.</source>
        <translation>A schedule entry cannot be used in a condition.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a person, e.g. %1(father).</source>
        <translation>&apos;%1&apos; needs a person, e.g. %1(father).</translation>
    </message>
    <message>
        <source>Unknown rule &apos;%1&apos;.</source>
        <translation>Unknown rule &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos;.</source>
        <translation>Unknown fact &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument.</numerusform>
            <numerusform>&apos;%1&apos; takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>count() counts a list fact.</source>
        <translation>count() counts a list fact.</translation>
    </message>
    <message>
        <source>The first argument of if() is a condition.</source>
        <translation>The first argument of if() is a condition.</translation>
    </message>
    <message>
        <source>Both results of if() must be of the same kind.</source>
        <translation>Both results of if() must be of the same kind.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can be used only in schedule entries.</source>
        <translation>&apos;%1&apos; can be used only in schedule entries.</translation>
    </message>
    <message>
        <source>has_risk() takes a severity: &apos;low&apos;, &apos;medium&apos;, &apos;high&apos; or &apos;critical&apos;.</source>
        <translation>has_risk() takes a severity: &apos;low&apos;, &apos;medium&apos;, &apos;high&apos; or &apos;critical&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no person; write it without parentheses.</source>
        <translation>&apos;%1&apos; takes no person; write it without parentheses.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to father, mother or child.</source>
        <translation>&apos;%1&apos; applies to father, mother or child.</translation>
    </message>
    <message>
        <source>Unknown function &apos;%1&apos;.</source>
        <translation>Unknown function &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The rules depend on each other in a circle: %1.</source>
        <translation>The rules depend on each other in a circle: %1.</translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation>The file is missing.</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos;: rulebook.conf holds id and version.</source>
        <translation>Unknown entry &apos;%1&apos;: rulebook.conf holds id and version.</translation>
    </message>
    <message>
        <source>The rulebook needs an id and a version.</source>
        <translation>The rulebook needs an id and a version.</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; must be a number.</source>
        <translation>The setting &apos;%1&apos; must be a number.</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; is set twice.</source>
        <translation>The setting &apos;%1&apos; is set twice.</translation>
    </message>
    <message>
        <source>Entries must follow a [rule.id] header.</source>
        <translation>Entries must follow a [rule.id] header.</translation>
    </message>
    <message>
        <source>Write a definition header as [define name] or [define name(P)].</source>
        <translation>Write a definition header as [define name] or [define name(P)].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice.</source>
        <translation>&apos;%1&apos; is defined twice.</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a definition.</source>
        <translation>Unknown entry &apos;%1&apos; in a definition.</translation>
    </message>
    <message>
        <source>The definition has no &apos;when&apos;.</source>
        <translation>The definition has no &apos;when&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id such as cat.orphan.</source>
        <translation>&apos;%1&apos; is not a rule id such as cat.orphan.</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; is defined twice.</source>
        <translation>The rule &apos;%1&apos; is defined twice.</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a rule.</source>
        <translation>Unknown entry &apos;%1&apos; in a rule.</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs kind = category, eligibility, risk or schedule.</source>
        <translation>The rule &apos;%1&apos; needs kind = category, eligibility, risk or schedule.</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; has no &apos;when&apos;.</source>
        <translation>The rule &apos;%1&apos; has no &apos;when&apos;.</translation>
    </message>
    <message>
        <source>A risk needs a severity.</source>
        <translation>A risk needs a severity.</translation>
    </message>
    <message>
        <source>Only a risk has a severity.</source>
        <translation>Only a risk has a severity.</translation>
    </message>
    <message>
        <source>A schedule entry needs &apos;days&apos;.</source>
        <translation>A schedule entry needs &apos;days&apos;.</translation>
    </message>
    <message>
        <source>Only a schedule entry has &apos;days&apos;.</source>
        <translation>Only a schedule entry has &apos;days&apos;.</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; must cite its policy source (cite = ...).</source>
        <translation>The rule &apos;%1&apos; must cite its policy source (cite = ...).</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs a Chinese title (title.zh).</source>
        <translation>The rule &apos;%1&apos; needs a Chinese title (title.zh).</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is too large for a rulebook.</source>
        <translation>The file is too large for a rulebook.</translation>
    </message>
    <message>
        <source>An indented line must continue a value.</source>
        <translation>An indented line must continue a value.</translation>
    </message>
    <message>
        <source>A section header must end with &apos;]&apos;.</source>
        <translation>A section header must end with &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;name = value&apos;.</source>
        <translation>Expected &apos;name = value&apos;.</translation>
    </message>
    <message>
        <source>The name before &apos;=&apos; is missing.</source>
        <translation>The name before &apos;=&apos; is missing.</translation>
    </message>
    <message>
        <source>Definitions use one another more than %1 deep here.</source>
        <translation>Definitions use one another more than %1 deep here.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Bundle</name>
    <message>
        <source>The bundle&apos;s contents could not be compressed.</source>
        <translation>The bundle&apos;s contents could not be compressed.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents are damaged: they are not one compressed frame of declared size.</source>
        <translation>This bundle&apos;s contents are damaged: they are not one compressed frame of declared size.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents would take more than %1 MiB once unpacked, more than Tonghu accepts.</source>
        <translation>This bundle&apos;s contents would take more than %1 MiB once unpacked, more than Tonghu accepts.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents are damaged: they do not unpack to the size they declare.</source>
        <translation>This bundle&apos;s contents are damaged: they do not unpack to the size they declare.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled here.</source>
        <translation>This bundle comes from a device that is not enrolled here.</translation>
    </message>
    <message>
        <source>The signing key on file for the sending device is not valid.</source>
        <translation>The signing key on file for the sending device is not valid.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed after it was signed, or it was not signed by the device it names.</source>
        <translation>This bundle&apos;s signature does not match: it was changed after it was signed, or it was not signed by the device it names.</translation>
    </message>
    <message>
        <source>A bundle cannot be written with this header: a field is empty, too long or out of range.</source>
        <translation>A bundle cannot be written with this header: a field is empty, too long or out of range.</translation>
    </message>
    <message>
        <source>A bundle cannot be written: the signing key is not an Ed25519 secret key.</source>
        <translation>A bundle cannot be written: the signing key is not an Ed25519 secret key.</translation>
    </message>
    <message>
        <source>A bundle cannot be written: it needs between 1 and %1 recipients.</source>
        <translation>A bundle cannot be written: it needs between 1 and %1 recipients.</translation>
    </message>
    <message>
        <source>A bundle cannot be written: a recipient&apos;s id or key is not valid, or appears twice.</source>
        <translation>A bundle cannot be written: a recipient&apos;s id or key is not valid, or appears twice.</translation>
    </message>
    <message>
        <source>These changes are too many for one bundle; send them in smaller bundles.</source>
        <translation>These changes are too many for one bundle; send them in smaller bundles.</translation>
    </message>
    <message>
        <source>A bundle cannot be written: a recipient&apos;s key is not valid.</source>
        <translation>A bundle cannot be written: a recipient&apos;s key is not valid.</translation>
    </message>
    <message>
        <source>This device&apos;s encryption key is not valid.</source>
        <translation>This device&apos;s encryption key is not valid.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device.</source>
        <translation>This bundle is not addressed to this device.</translation>
    </message>
    <message>
        <source>This bundle&apos;s key for this device does not open with this device&apos;s key.</source>
        <translation>This bundle&apos;s key for this device does not open with this device&apos;s key.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not decrypt: they were not encrypted for this header and these recipients.</source>
        <translation>This bundle&apos;s contents do not decrypt: they were not encrypted for this header and these recipients.</translation>
    </message>
    <message>
        <source>The bundle file cannot be opened.</source>
        <translation>The bundle file cannot be opened.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation>The bundle file cannot be read.</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file ends too early, perhaps because a copy was interrupted.</source>
        <translation>This bundle is incomplete: the file ends too early, perhaps because a copy was interrupted.</translation>
    </message>
    <message>
        <source>This bundle is damaged: its header is not valid.</source>
        <translation>This bundle is damaged: its header is not valid.</translation>
    </message>
    <message>
        <source>This bundle is damaged: its list of recipients is not valid.</source>
        <translation>This bundle is damaged: its list of recipients is not valid.</translation>
    </message>
    <message>
        <source>This bundle is larger than %1 MiB, more than Tonghu accepts.</source>
        <translation>This bundle is larger than %1 MiB, more than Tonghu accepts.</translation>
    </message>
    <message>
        <source>This file is not a Tonghu sync bundle.</source>
        <translation>This file is not a Tonghu sync bundle.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Tonghu; update Tonghu to open it.</source>
        <translation>This bundle was made by a newer version of Tonghu; update Tonghu to open it.</translation>
    </message>
    <message>
        <source>This bundle is damaged: its encrypted part is not valid.</source>
        <translation>This bundle is damaged: its encrypted part is not valid.</translation>
    </message>
    <message>
        <source>This bundle is damaged: there are extra bytes after its end.</source>
        <translation>This bundle is damaged: there are extra bytes after its end.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Conflicts</name>
    <message>
        <source>This conflict has been settled already.</source>
        <translation>This conflict has been settled already.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>The record of this conflict is no longer here.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::DeviceIdentity</name>
    <message>
        <source>This installation has no device keys.</source>
        <translation>This installation has no device keys.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Enrollment</name>
    <message>
        <source>The enrollment file is damaged: a key has the wrong length.</source>
        <translation>The enrollment file is damaged: a key has the wrong length.</translation>
    </message>
    <message>
        <source>This is not an enrollment file: it is far too large.</source>
        <translation>This is not an enrollment file: it is far too large.</translation>
    </message>
    <message>
        <source>This is not a Tonghu enrollment file.</source>
        <translation>This is not a Tonghu enrollment file.</translation>
    </message>
    <message>
        <source>This enrollment file was made by a newer version of Tonghu; update Tonghu to read it.</source>
        <translation>This enrollment file was made by a newer version of Tonghu; update Tonghu to read it.</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: its version is not valid.</source>
        <translation>The enrollment file is damaged: its version is not valid.</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the device id is not valid.</source>
        <translation>The enrollment file is damaged: the device id is not valid.</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the role is not valid.</source>
        <translation>The enrollment file is damaged: the role is not valid.</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the place code does not fit the role.</source>
        <translation>The enrollment file is damaged: the place code does not fit the role.</translation>
    </message>
    <message>
        <source>The enrollment file was changed after it was made (its signature does not match).</source>
        <translation>The enrollment file was changed after it was made (its signature does not match).</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Exchange</name>
    <message>
        <source>The sync was stopped. What had arrived is kept; the rest goes at the next sync.</source>
        <translation>The sync was stopped. What had arrived is kept; the rest goes at the next sync.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::FolderRemote</name>
    <message>
        <source>The sync folder %1 is not there: is the USB stick plugged in?</source>
        <translation>The sync folder %1 is not there: is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>The bundle could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Inbox</name>
    <message>
        <source>This bundle&apos;s contents are damaged: an event is not valid.</source>
        <translation>This bundle&apos;s contents are damaged: an event is not valid.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents were written by a newer version of Tonghu; update Tonghu to import it.</source>
        <translation>This bundle&apos;s contents were written by a newer version of Tonghu; update Tonghu to import it.</translation>
    </message>
    <message>
        <source>This bundle carries changes its sender may not send to this device (settings are published by the county only). Nothing was changed.</source>
        <translation>This bundle carries changes its sender may not send to this device (settings are published by the county only). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Outbox</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>The bundle could not be written to %1: %2</translation>
    </message>
    <message>
        <source>No other device is enrolled yet: import the enrollment files of the township and county (or of the villages) first, so there is someone to send to.</source>
        <translation>No other device is enrolled yet: import the enrollment files of the township and county (or of the villages) first, so there is someone to send to.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::StoredChanges</name>
    <message>
        <source>A change in this vault&apos;s event log is damaged.</source>
        <translation>A change in this vault&apos;s event log is damaged.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::SyncTarget</name>
    <message>
        <source>Choose the sync folder with its full path.</source>
        <translation>Choose the sync folder with its full path.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a server.</source>
        <translation>The server address must start with https:// (or http://) and name a server.</translation>
    </message>
    <message>
        <source>Look for the sync target every 1 to 1440 minutes.</source>
        <translation>Look for the sync target every 1 to 1440 minutes.</translation>
    </message>
    <message>
        <source>No sync target is set yet: choose a folder (USB stick) or a server first.</source>
        <translation>No sync target is set yet: choose a folder (USB stick) or a server first.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::TrustStore</name>
    <message>
        <source>This is this installation&apos;s own enrollment file; import it on the other device.</source>
        <translation>This is this installation&apos;s own enrollment file; import it on the other device.</translation>
    </message>
    <message>
        <source>This device (%1, %2) is not one this installation exchanges records with: a village enrolls its township and county, a township its villages and its county, a county its townships.</source>
        <translation>This device (%1, %2) is not one this installation exchanges records with: a village enrolls its township and county, a township its villages and its county, a county its townships.</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot be enrolled again.</source>
        <translation>This device was revoked; it cannot be enrolled again.</translation>
    </message>
    <message>
        <source>A device with this id is enrolled with other keys. Revoke it first if it was reinstalled.</source>
        <translation>A device with this id is enrolled with other keys. Revoke it first if it was reinstalled.</translation>
    </message>
    <message>
        <source>These keys are already enrolled under another device id.</source>
        <translation>These keys are already enrolled under another device id.</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::WebDavRemote</name>
    <message>
        <source>The sync server %1 cannot be reached: check the network connection and the address.</source>
        <translation>The sync server %1 cannot be reached: check the network connection and the address.</translation>
    </message>
    <message>
        <source>The transfer to or from the sync server was cancelled: sync again when you are ready.</source>
        <translation>The transfer to or from the sync server was cancelled: sync again when you are ready.</translation>
    </message>
    <message>
        <source>The sync server %1 could not prove who it is (%2): check the address, and the date and time of this computer.</source>
        <translation>The sync server %1 could not prove who it is (%2): check the address, and the date and time of this computer.</translation>
    </message>
    <message>
        <source>The sync server %1 asks for a user name and password: enter them in the sync settings.</source>
        <translation>The sync server %1 asks for a user name and password: enter them in the sync settings.</translation>
    </message>
    <message>
        <source>The sync server %1 did not accept the user name or password: check both in the sync settings.</source>
        <translation>The sync server %1 did not accept the user name or password: check both in the sync settings.</translation>
    </message>
    <message>
        <source>The sync server %1 sends Tonghu elsewhere (HTTP %2): enter the address it points to in the sync settings.</source>
        <translation>The sync server %1 sends Tonghu elsewhere (HTTP %2): enter the address it points to in the sync settings.</translation>
    </message>
    <message>
        <source>The sync server %1 is full: ask whoever runs it to make room.</source>
        <translation>The sync server %1 is full: ask whoever runs it to make room.</translation>
    </message>
    <message>
        <source>The sync server %1 refused the request (HTTP %2): try again later, or ask whoever runs the server.</source>
        <translation>The sync server %1 refused the request (HTTP %2): try again later, or ask whoever runs the server.</translation>
    </message>
    <message>
        <source>The sync server address %1 is not valid: enter one that starts with http:// or https://.</source>
        <translation>The sync server address %1 is not valid: enter one that starts with http:// or https://.</translation>
    </message>
    <message>
        <source>A device id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;: enroll the device again.</source>
        <translation>A device id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;: enroll the device again.</translation>
    </message>
    <message>
        <source>The sync server %1 sent a list of bundles too long to read: ask whoever runs the server to clear the folder.</source>
        <translation>The sync server %1 sent a list of bundles too long to read: ask whoever runs the server to clear the folder.</translation>
    </message>
    <message>
        <source>The sync server %1 sent a list of bundles Tonghu cannot read: ask whoever runs the server to check its WebDAV setup.</source>
        <translation>The sync server %1 sent a list of bundles Tonghu cannot read: ask whoever runs the server to check its WebDAV setup.</translation>
    </message>
    <message>
        <source>The bundle %1 on the sync server is larger than 64 MiB, so it was not downloaded: ask whoever runs the server to remove it.</source>
        <translation>The bundle %1 on the sync server is larger than 64 MiB, so it was not downloaded: ask whoever runs the server to remove it.</translation>
    </message>
    <message>
        <source>The bundle %1 is no longer on the sync server: sync again.</source>
        <translation>The bundle %1 is no longer on the sync server: sync again.</translation>
    </message>
    <message>
        <source>The bundle %1 is larger than 64 MiB, more than a sync server takes: carry it on a USB stick instead.</source>
        <translation>The bundle %1 is larger than 64 MiB, more than a sync server takes: carry it on a USB stick instead.</translation>
    </message>
    <message>
        <source>A bundle name may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must end in .tonghub: this file is not a Tonghu bundle and was left alone.</source>
        <translation>A bundle name may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must end in .tonghub: this file is not a Tonghu bundle and was left alone.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AttachmentViewer</name>
    <message>
        <source>%1 (%2). A PDF scan is not shown here: save a copy to open it in a PDF viewer.</source>
        <translation>%1 (%2). A PDF scan is not shown here: save a copy to open it in a PDF viewer.</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AttachmentsBox</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The photo or scan no longer exists.</source>
        <translation>The photo or scan no longer exists.</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>A photo (JPEG, PNG) or a PDF scan of at most %1, kept encrypted with the visit.</source>
        <translation>A photo (JPEG, PNG) or a PDF scan of at most %1, kept encrypted with the visit.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>Add photos or scans</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove this photo or scan from the visit?</source>
        <translation>Remove this photo or scan from the visit?</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, none changed or removed.</numerusform>
            <numerusform>The audit log is intact: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu. Tell the county office.</source>
        <translation>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu. Tell the county office.</translation>
    </message>
    <message>
        <source>The newest %1 entries that match; `tonghu-cli audit list` shows all.</source>
        <translation>The newest %1 entries that match; `tonghu-cli audit list` shows all.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>%n entry matches.</numerusform>
            <numerusform>%n entries match.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>No entry matches these filters. Choose “Any day”, “All actions” and “All users” to see every entry.</source>
        <translation>No entry matches these filters. Choose “Any day”, “All actions” and “All users” to see every entry.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Every look at a child&apos;s file, every printout, export and import is written here.</source>
        <translation>Nothing has been recorded yet. Every look at a child&apos;s file, every printout, export and import is written here.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackgroundTask</name>
    <message>
        <source>Something went wrong inside Tonghu. Nothing was changed.</source>
        <translation>Something went wrong inside Tonghu. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackupActions</name>
    <message>
        <source>Tonghu backups (*.%1)</source>
        <translation>Tonghu backups (*.%1)</translation>
    </message>
    <message>
        <source>Children: %1
Households: %2
Visits: %3
Changes recorded for sync: %4
Schema version: %5</source>
        <translation>Children: %1
Households: %2
Visits: %3
Changes recorded for sync: %4
Schema version: %5</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Write one encrypted file with all the records, to keep on a USB stick</source>
        <translation>Write one encrypted file with all the records, to keep on a USB stick</translation>
    </message>
    <message>
        <source>See whether a backup file is whole and opens with its passphrase</source>
        <translation>See whether a backup file is whole and opens with its passphrase</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Put the records of a backup file into a new folder</source>
        <translation>Put the records of a backup file into a new folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Back up the records</source>
        <translation>Back up the records</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backing up the records…</source>
        <translation>Backing up the records…</translation>
    </message>
    <message>
        <source>The backup was written: %1 children, %2 visits.</source>
        <translation>The backup was written: %1 children, %2 visits.</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Check a backup</translation>
    </message>
    <message>
        <source>Checking opens the backup in a private temporary folder, reads every page and removes the copy again. Nothing is changed.</source>
        <translation>Checking opens the backup in a private temporary folder, reads every page and removes the copy again. Nothing is changed.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>The backup is whole and opens. It was made on %1 for place %2.</source>
        <translation>The backup is whole and opens. It was made on %1 for place %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Choose a new, empty folder for the restored vault</translation>
    </message>
    <message>
        <source>This is the folder of the vault that is open now, and it cannot be replaced while it is open. Choose another folder.</source>
        <translation>This is the folder of the vault that is open now, and it cannot be replaced while it is open. Choose another folder.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault. Restoring replaces that vault and every record in it with the records of the backup. The vault now there is kept until the backup has been restored and checked, and deleted then.</source>
        <translation>The folder %1 already holds a vault. Restoring replaces that vault and every record in it with the records of the backup. The vault now there is kept until the backup has been restored and checked, and deleted then.</translation>
    </message>
    <message>
        <source>&amp;Replace that vault</source>
        <translation>&amp;Replace that vault</translation>
    </message>
    <message>
        <source>The restored vault opens with the same passphrases and recovery code as the vault that was backed up.</source>
        <translation>The restored vault opens with the same passphrases and recovery code as the vault that was backed up.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored into %2. To work with it, start Tonghu with that folder: tonghu --vault &quot;%2&quot;</source>
        <translation>The backup made on %1 was restored into %2. To work with it, start Tonghu with that folder: tonghu --vault &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Chec&amp;k a backup…</source>
        <translation>Chec&amp;k a backup…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackupSecretDialog</name>
    <message>
        <source>&amp;Passphrase of a user of the backed-up vault</source>
        <translation>&amp;Passphrase of a user of the backed-up vault</translation>
    </message>
    <message>
        <source>&amp;Recovery code written down when the vault was set up</source>
        <translation>&amp;Recovery code written down when the vault was set up</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildDialog</name>
    <message>
        <source>New child</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Edit child</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation>None or unknown</translation>
    </message>
    <message>
        <source>Only what matters for the child&apos;s care and safety.</source>
        <translation>Only what matters for the child&apos;s care and safety.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Household &amp;registration:</source>
        <translation>Household &amp;registration:</translation>
    </message>
    <message>
        <source>Months at this address:</source>
        <translation>Months at this address:</translation>
    </message>
    <message>
        <source>S&amp;chooling:</source>
        <translation>S&amp;chooling:</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation>&amp;Father:</translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation>&amp;Mother:</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <source>Lives alone:</source>
        <translation>Lives alone:</translation>
    </message>
    <message>
        <source>Lives in an institution:</source>
        <translation>Lives in an institution:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation>Disability &amp;level:</translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation>Disability &amp;type:</translation>
    </message>
    <message>
        <source>Serious illness:</source>
        <translation>Serious illness:</translation>
    </message>
    <message>
        <source>Medical insurance:</source>
        <translation>Medical insurance:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildFileDialog</name>
    <message>
        <source>Child&apos;s file</source>
        <translation>Child&apos;s file</translation>
    </message>
    <message>
        <source>What the rules find today</source>
        <translation>What the rules find today</translation>
    </message>
    <message>
        <source>Visits (newest first; double-click to open)</source>
        <translation>Visits (newest first; double-click to open)</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Start visit</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>The child&apos;s record no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n year(s)</source>
        <translation>
            <numerusform>%1, %2, %n year</numerusform>
            <numerusform>%1, %2, %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation>Refer to: %1</translation>
    </message>
    <message>
        <source>No benefit or risk found yet; a visit may find more.</source>
        <translation>No benefit or risk found yet; a visit may find more.</translation>
    </message>
    <message>
        <source>Categories: none found yet</source>
        <translation>Categories: none found yet</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categories: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source> — version %1: %2</source>
        <translation> — version %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>New &amp;referral from the selected finding</source>
        <translation>New &amp;referral from the selected finding</translation>
    </message>
    <message>
        <source>Referrals (double-click to update)</source>
        <translation>Referrals (double-click to update)</translation>
    </message>
    <message>
        <source>Select the finding the referral is for.</source>
        <translation>Select the finding the referral is for.</translation>
    </message>
    <message>
        <source>&amp;Attach a scan to the selected document…</source>
        <translation>&amp;Attach a scan to the selected document…</translation>
    </message>
    <message>
        <source>A photo or PDF scan of the document, kept encrypted in the child&apos;s file</source>
        <translation>A photo or PDF scan of the document, kept encrypted in the child&apos;s file</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Attach scans of the document</source>
        <translation>Attach scans of the document</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Scan: %1 (double-click to view)</source>
        <translation>Scan: %1 (double-click to view)</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>Household: %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1: not recorded</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Guardian: %1 (%2)</source>
        <translation>Guardian: %1 (%2)</translation>
    </message>
    <message>
        <source>Guardian: not recorded</source>
        <translation>Guardian: not recorded</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Household notes:</source>
        <translation>Household notes:</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not recorded: ask the guardian at the next visit</source>
        <translation>not recorded: ask the guardian at the next visit</translation>
    </message>
    <message>
        <source>given by %1 on %2 (%3)</source>
        <translation>given by %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>, witnessed by %1</source>
        <translation>, witnessed by %1</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Record that the guardian withdrew consent today? The consent stays in the file as withdrawn, and the child is listed again as having no consent.</source>
        <translation>Record that the guardian withdrew consent today? The consent stays in the file as withdrawn, and the child is listed again as having no consent.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildListModel</name>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Born (age)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>Household address</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ConflictsDialog</name>
    <message>
        <source>Child %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>Household member %1</source>
        <translation>Household member %1</translation>
    </message>
    <message>
        <source>Household at %1</source>
        <translation>Household at %1</translation>
    </message>
    <message>
        <source>Referral of %1 to %2</source>
        <translation>Referral of %1 to %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Keep the value shown</source>
        <translation>&amp;Keep the value shown</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>Changes made on two devices</source>
        <translation>Changes made on two devices</translation>
    </message>
    <message>
        <source>These fields were changed here and on another device before either knew of the other&apos;s change. The later change is shown; choose which value is right. Your choice is sent on at the next sync.</source>
        <translation>These fields were changed here and on another device before either knew of the other&apos;s change. The later change is shown; choose which value is right. Your choice is sent on at the next sync.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Other device&apos;s value</source>
        <translation>Other device&apos;s value</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>No conflicts are waiting. When a record is changed on two devices at once, it is listed here after a sync.</source>
        <translation>No conflicts are waiting. When a record is changed on two devices at once, it is listed here after a sync.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>The guardian agrees that Tonghu keeps the child&apos;s information and that it goes to the township and county for their care. Record who agreed, when and how.</source>
        <translation>The guardian agrees that Tonghu keeps the child&apos;s information and that it goes to the township and county for their care. Record who agreed, when and how.</translation>
    </message>
    <message>
        <source>Name of the person who heard the consent</source>
        <translation>Name of the person who heard the consent</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>Given &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Relation to the child:</source>
        <translation>&amp;Relation to the child:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DashboardPage</name>
    <message>
        <source>Save this chart as a picture for a report</source>
        <translation>Save this chart as a picture for a report</translation>
    </message>
    <message>
        <source>Home visits per month, by township</source>
        <translation>Home visits per month, by township</translation>
    </message>
    <message>
        <source>Home visits per month, by village</source>
        <translation>Home visits per month, by village</translation>
    </message>
    <message>
        <source>Other townships</source>
        <translation>Other townships</translation>
    </message>
    <message>
        <source>Other villages</source>
        <translation>Other villages</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>Month, %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Children by category (%n on file)</source>
        <translation>
            <numerusform>Children by category (%n on file)</numerusform>
            <numerusform>Children by category (%n on file)</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Open risks by severity</source>
        <translation>Open risks by severity</translation>
    </message>
    <message numerus="yes">
        <source>Referrals by status (%n in all)</source>
        <translation>
            <numerusform>Referrals by status (%n in all)</numerusform>
            <numerusform>Referrals by status (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>the picture could not be made</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Save as PNG</translation>
    </message>
    <message>
        <source>Could not save the chart as %1: %2</source>
        <translation>Could not save the chart as %1: %2</translation>
    </message>
    <message>
        <source>Save the chart of home visits as PNG</source>
        <translation>Save the chart of home visits as PNG</translation>
    </message>
    <message>
        <source>Save the chart of categories as PNG</source>
        <translation>Save the chart of categories as PNG</translation>
    </message>
    <message>
        <source>Save the chart of open risks as PNG</source>
        <translation>Save the chart of open risks as PNG</translation>
    </message>
    <message>
        <source>Save the chart of referrals as PNG</source>
        <translation>Save the chart of referrals as PNG</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DevicesDialog</name>
    <message>
        <source>This file is too large to be an enrollment file. Choose the .json file the other device saved.</source>
        <translation>This file is too large to be an enrollment file. Choose the .json file the other device saved.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>This device&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Save the enrollment file and give it to the township or county (a USB stick will do). Then phone them and read out this fingerprint, so they can check the file is yours.</source>
        <translation>Save the enrollment file and give it to the township or county (a USB stick will do). Then phone them and read out this fingerprint, so they can check the file is yours.</translation>
    </message>
    <message>
        <source>&amp;Save enrollment file…</source>
        <translation>&amp;Save enrollment file…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Trusted devices</translation>
    </message>
    <message>
        <source>Bundles are accepted only from these devices. Enroll a device from the file it saved, after its user has read you its fingerprint.</source>
        <translation>Bundles are accepted only from these devices. Enroll a device from the file it saved, after its user has read you its fingerprint.</translation>
    </message>
    <message>
        <source>&amp;Enroll a device…</source>
        <translation>&amp;Enroll a device…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Refuse the selected device&apos;s bundles from now on</source>
        <translation>Refuse the selected device&apos;s bundles from now on</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>Save enrollment file</translation>
    </message>
    <message>
        <source>Enrollment files (*.json)</source>
        <translation>Enrollment files (*.json)</translation>
    </message>
    <message>
        <source>The enrollment file could not be written: %1</source>
        <translation>The enrollment file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give it to the other device&apos;s user, then read them the fingerprint by phone.</source>
        <translation>Saved %1. Give it to the other device&apos;s user, then read them the fingerprint by phone.</translation>
    </message>
    <message>
        <source>Enroll a device</source>
        <translation>Enroll a device</translation>
    </message>
    <message>
        <source>Ask the other device&apos;s user to read out its fingerprint by phone (Sync → Devices). Enroll it only if every digit matches.</source>
        <translation>Ask the other device&apos;s user to read out its fingerprint by phone (Sync → Devices). Enroll it only if every digit matches.</translation>
    </message>
    <message>
        <source>Role: %1
Place: %2
Fingerprint: %3</source>
        <translation>Role: %1
Place: %2
Fingerprint: %3</translation>
    </message>
    <message>
        <source>The digits match: &amp;enroll</source>
        <translation>The digits match: &amp;enroll</translation>
    </message>
    <message>
        <source>Enrollment files (*.json);;All files (*)</source>
        <translation>Enrollment files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>This device is enrolled already.</source>
        <translation>This device is enrolled already.</translation>
    </message>
    <message>
        <source>Enrolled. Bundles from this device are accepted from now on.</source>
        <translation>Enrolled. Bundles from this device are accepted from now on.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>Revoke the device of %1 (%2)? Its bundles will be refused from now on, and it cannot be enrolled again.</source>
        <translation>Revoke the device of %1 (%2)? Its bundles will be refused from now on, and it cannot be enrolled again.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Revoked. Bundles from this device are refused from now on.</source>
        <translation>Revoked. Bundles from this device are refused from now on.</translation>
    </message>
    <message>
        <source>No device is trusted yet. Save this device&apos;s enrollment file for the township (or the village), then enroll the file they saved with “Enroll a device…”.</source>
        <translation>No device is trusted yet. Save this device&apos;s enrollment file for the township (or the village), then enroll the file they saved with “Enroll a device…”.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DisabilityLevelComboBox</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>No disability</source>
        <translation>No disability</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::FindingLabels</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>Possible, to be checked</source>
        <translation>Possible, to be checked</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::FindingsPanel</name>
    <message>
        <source>What the answers show</source>
        <translation>What the answers show</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Because: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Possibly: %1</source>
        <translation>Possibly: %1</translation>
    </message>
    <message>
        <source>Still to ask: %1</source>
        <translation>Still to ask: %1</translation>
    </message>
    <message>
        <source>Nothing found yet: answer the questions on the left.</source>
        <translation>Nothing found yet: answer the questions on the left.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HelpDialog</name>
    <message>
        <source>Tonghu help</source>
        <translation>Tonghu help</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Add &amp;child…</source>
        <translation>Add &amp;child…</translation>
    </message>
    <message>
        <source>Edit c&amp;hild…</source>
        <translation>Edit c&amp;hild…</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Group and house number, e.g. 3rd group, no. 12</source>
        <translation>Group and house number, e.g. 3rd group, no. 12</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Contact &amp;name:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>Contact &amp;phone:</translation>
    </message>
    <message>
        <source>A&amp;ssistance:</source>
        <translation>A&amp;ssistance:</translation>
    </message>
    <message>
        <source>Under poverty &amp;monitoring:</source>
        <translation>Under poverty &amp;monitoring:</translation>
    </message>
    <message>
        <source>Sudden &amp;crisis:</source>
        <translation>Sudden &amp;crisis:</translation>
    </message>
    <message>
        <source>Care &amp;entrustment signed:</source>
        <translation>Care &amp;entrustment signed:</translation>
    </message>
    <message>
        <source>&amp;Guardian able to care:</source>
        <translation>&amp;Guardian able to care:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Members (parents, guardians, others)</source>
        <translation>Members (parents, guardians, others)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove this person from the household? Children whose parent or guardian they are will no longer point to them.</source>
        <translation>Remove this person from the household? Children whose parent or guardian they are will no longer point to them.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdListModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::IdNumberField</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>The ID number says: %1. Check the number or the values entered.</source>
        <translation>The ID number says: %1. Check the number or the values entered.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::LedgerPage</name>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>Include full &amp;ID numbers</source>
        <translation>Include full &amp;ID numbers</translation>
    </message>
    <message>
        <source>Only when an office needs them: the file is outside the encrypted vault. The export is recorded in the audit log.</source>
        <translation>Only when an office needs them: the file is outside the encrypted vault. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Only for the children of your own area.</source>
        <translation>Only for the children of your own area.</translation>
    </message>
    <message>
        <source>Include sensitive &amp;notes</source>
        <translation>Include sensitive &amp;notes</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <translation>ledger-%1.xlsx</translation>
    </message>
    <message>
        <source>ledger-%1.csv</source>
        <translation>ledger-%1.csv</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the ledger of %n child(ren).</source>
        <translation>
            <numerusform>Saved the ledger of %n child.</numerusform>
            <numerusform>Saved the ledger of %n children.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>No child on file matches these filters. Choose “All villages” and “All categories” to see every child.</source>
        <translation>No child on file matches these filters. Choose “All villages” and “All categories” to see every child.</translation>
    </message>
    <message>
        <source>No children on file yet. Click “New household” to put the first child on file.</source>
        <translation>No children on file yet. Click “New household” to put the first child on file.</translation>
    </message>
    <message>
        <source>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</source>
        <translation>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MainWindow</name>
    <message>
        <source>Tonghu</source>
        <translation>Tonghu</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>New &amp;household</source>
        <translation>New &amp;household</translation>
    </message>
    <message>
        <source>Add a household and its members and children</source>
        <translation>Add a household and its members and children</translation>
    </message>
    <message>
        <source>New &amp;child</source>
        <translation>New &amp;child</translation>
    </message>
    <message>
        <source>Add a child to the selected household</source>
        <translation>Add a child to the selected household</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Close the records until the passphrase is entered again</source>
        <translation>Close the records until the passphrase is entered again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;About Tonghu</source>
        <translation>&amp;About Tonghu</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials or last digits of the ID number</source>
        <translation>Search: name, pinyin initials or last digits of the ID number</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>No children on file yet. Click “New household” to begin.</source>
        <translation>No children on file yet. Click “New household” to begin.</translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation>No child matches “%1”.</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>A child is recorded with the household they live in. Add a household now?</source>
        <translation>A child is recorded with the household they live in. Add a household now?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which household does the child live in?</source>
        <translation>Which household does the child live in?</translation>
    </message>
    <message>
        <source>About Tonghu</source>
        <translation>About Tonghu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tonghu %1&lt;/h3&gt;&lt;p&gt;Case records, home visits and referrals for children in difficulty, for village child directors, township supervisors and county civil affairs.&lt;/p&gt;&lt;p&gt;The records stay encrypted on this computer. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tonghu %1&lt;/h3&gt;&lt;p&gt;Case records, home visits and referrals for children in difficulty, for village child directors, township supervisors and county civil affairs.&lt;/p&gt;&lt;p&gt;The records stay encrypted on this computer. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>Fill in the home-visit checklist for the selected child</source>
        <translation>Fill in the home-visit checklist for the selected child</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>Findings, documents, visits and referrals of the selected child</source>
        <translation>Findings, documents, visits and referrals of the selected child</translation>
    </message>
    <message>
        <source>This &amp;device&apos;s fingerprint…</source>
        <translation>This &amp;device&apos;s fingerprint…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Exchange bundles with the sync folder or server now</source>
        <translation>Exchange bundles with the sync folder or server now</translation>
    </message>
    <message>
        <source>Last sync &amp;report…</source>
        <translation>Last sync &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Devices…</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, and the devices it exchanges records with</source>
        <translation>This device&apos;s fingerprint, and the devices it exchanges records with</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Fields changed here and on another device: choose the value to keep</source>
        <translation>Fields changed here and on another device: choose the value to keep</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Sync &amp;settings…</translation>
    </message>
    <message>
        <source>Choose the USB stick, shared folder or server to sync with</source>
        <translation>Choose the USB stick, shared folder or server to sync with</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Close Tonghu; the records stay encrypted on this computer</source>
        <translation>Close Tonghu; the records stay encrypted on this computer</translation>
    </message>
    <message>
        <source>Search the children and households</source>
        <translation>Search the children and households</translation>
    </message>
    <message>
        <source>What this page shows and what to do on it</source>
        <translation>What this page shows and what to do on it</translation>
    </message>
    <message>
        <source>Tonghu&apos;s version and licence</source>
        <translation>Tonghu&apos;s version and licence</translation>
    </message>
    <message>
        <source>The digits another device checks, by phone, before it trusts this one</source>
        <translation>The digits another device checks, by phone, before it trusts this one</translation>
    </message>
    <message>
        <source>Show Tonghu in Chinese</source>
        <translation>Show Tonghu in Chinese</translation>
    </message>
    <message>
        <source>Show Tonghu in English</source>
        <translation>Show Tonghu in English</translation>
    </message>
    <message>
        <source>What the last sync sent and received, and the bundles it refused and why</source>
        <translation>What the last sync sent and received, and the bundles it refused and why</translation>
    </message>
    <message>
        <source>No households yet. Click “New household” to add the first one, with its members and children.</source>
        <translation>No households yet. Click “New household” to add the first one, with its members and children.</translation>
    </message>
    <message>
        <source>No households yet. They arrive with the villages&apos; records when the villages sync: Sync → Sync now.</source>
        <translation>No households yet. They arrive with the villages&apos; records when the villages sync: Sync → Sync now.</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>No household matches “%1”.</translation>
    </message>
    <message>
        <source>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</source>
        <translation>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MandatoryReportDialog</name>
    <message>
        <source>Mandatory report</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>This visit found: %1.
The law requires a report to the police or civil affairs at once. Record the report that was made, or why it could not be made.</source>
        <translation>This visit found: %1.
The law requires a report to the police or civil affairs at once. Record the report that was made, or why it could not be made.</translation>
    </message>
    <message>
        <source>The report was made</source>
        <translation>The report was made</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>The report could not be made</translation>
    </message>
    <message>
        <source>e.g. township police station, duty officer</source>
        <translation>e.g. township police station, duty officer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>To whom:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Reference number:</translation>
    </message>
    <message>
        <source>Why not possible:</source>
        <translation>Why not possible:</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MaskedValue</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show this value in full. Each time is written to the audit log.</source>
        <translation>Show this value in full. Each time is written to the audit log.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MonthsSpinBox</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::OptionalDateEdit</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::OversightPage</name>
    <message>
        <source>Fields changed here and on another device: choose the value to keep</source>
        <translation>Fields changed here and on another device: choose the value to keep</translation>
    </message>
    <message>
        <source>Children with open critical or high risks</source>
        <translation>Children with open critical or high risks</translation>
    </message>
    <message>
        <source>Referrals not yet resolved, overdue first</source>
        <translation>Referrals not yet resolved, overdue first</translation>
    </message>
    <message>
        <source>Villages with overdue visits</source>
        <translation>Villages with overdue visits</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on file</source>
        <translation>
            <numerusform>%n child on file</numerusform>
            <numerusform>%n children on file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open critical or high risk(s)</source>
        <translation>
            <numerusform>%n open critical or high risk</numerusform>
            <numerusform>%n open critical or high risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue</source>
        <translation>
            <numerusform>%n referral overdue</numerusform>
            <numerusform>%n referrals overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) overdue</source>
        <translation>
            <numerusform>%n visit overdue</numerusform>
            <numerusform>%n visits overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data conflict(s) wait for a decision</source>
        <translation>
            <numerusform>%n data conflict wait for a decision</numerusform>
            <numerusform>%n data conflicts wait for a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>No data conflicts</source>
        <translation>No data conflicts</translation>
    </message>
    <message>
        <source>not referred yet</source>
        <translation>not referred yet</translation>
    </message>
    <message>
        <source>%1 — %2, overdue since %3</source>
        <translation>%1 — %2, overdue since %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reported %1 to %2</source>
        <translation>reported %1 to %2</translation>
    </message>
    <message>
        <source>could not be made (reason recorded)</source>
        <translation>could not be made (reason recorded)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Resol&amp;ve conflicts…</source>
        <translation>Resol&amp;ve conflicts…</translation>
    </message>
    <message>
        <source>No child has an open critical or high risk. Children at risk appear here when the villages&apos; visits arrive with a sync: Sync → Sync now.</source>
        <translation>No child has an open critical or high risk. Children at risk appear here when the villages&apos; visits arrive with a sync: Sync → Sync now.</translation>
    </message>
    <message>
        <source>Referrals are counted here by agency once there are any.</source>
        <translation>Referrals are counted here by agency once there are any.</translation>
    </message>
    <message>
        <source>No referral is waiting to be resolved. A referral is made from a finding in a child&apos;s file: double-click the child above or in the ledger.</source>
        <translation>No referral is waiting to be resolved. A referral is made from a finding in a child&apos;s file: double-click the child above or in the ledger.</translation>
    </message>
    <message>
        <source>No village is late with a visit. A village whose children are overdue for a visit appears here, with the oldest visit due.</source>
        <translation>No village is late with a visit. A village whose children are overdue for a visit appears here, with the oldest visit due.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PageActions</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Show the page “%1”</source>
        <translation>Show the page “%1”</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Show the page to the right of this one</source>
        <translation>Show the page to the right of this one</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Show the page to the left of this one</source>
        <translation>Show the page to the left of this one</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseMeter</name>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Type the passphrase again to confirm it.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: a few words and digits are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character: a few words and digits are easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters: a few words and digits are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphrasePage</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>The passphrase opens Tonghu and protects the children&apos;s records on this computer. Nobody, not even the county, can open them without it or the recovery code.</source>
        <translation>The passphrase opens Tonghu and protects the children&apos;s records on this computer. Nobody, not even the county, can open them without it or the recovery code.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add more words, digits or symbols.</source>
        <translation>Too easy to guess: add more words, digits or symbols.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PersonDialog</name>
    <message>
        <source>This person is the child&apos;s &amp;guardian</source>
        <translation>This person is the child&apos;s &amp;guardian</translation>
    </message>
    <message>
        <source>Parent&apos;s situation</source>
        <translation>Parent&apos;s situation</translation>
    </message>
    <message>
        <source>New household member</source>
        <translation>New household member</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>Edit household member</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation>None or unknown</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relation to the child:</source>
        <translation>&amp;Relation to the child:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation>Disability &amp;level:</translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation>Disability &amp;type:</translation>
    </message>
    <message>
        <source>Serious &amp;illness:</source>
        <translation>Serious &amp;illness:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>In prison (months):</source>
        <translation>In prison (months):</translation>
    </message>
    <message>
        <source>In compulsory drug rehabilitation (months):</source>
        <translation>In compulsory drug rehabilitation (months):</translation>
    </message>
    <message>
        <source>Detained (months):</source>
        <translation>Detained (months):</translation>
    </message>
    <message>
        <source>Lost contact (months):</source>
        <translation>Lost contact (months):</translation>
    </message>
    <message>
        <source>Guardianship revoked by a court:</source>
        <translation>Guardianship revoked by a court:</translation>
    </message>
    <message>
        <source>Deported:</source>
        <translation>Deported:</translation>
    </message>
    <message>
        <source>Works away from home:</source>
        <translation>Works away from home:</translation>
    </message>
    <message>
        <source>Months since last contact with the child:</source>
        <translation>Months since last contact with the child:</translation>
    </message>
    <message>
        <source>Leave a number at Unknown when you have not asked yet.</source>
        <translation>Leave a number at Unknown when you have not asked yet.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PlacePage</name>
    <message>
        <source>The last three digits of the village&apos;s 12-digit statistical code, as the township&apos;s civil affairs office uses it.</source>
        <translation>The last three digits of the village&apos;s 12-digit statistical code, as the township&apos;s civil affairs office uses it.</translation>
    </message>
    <message>
        <source>Where do you work?</source>
        <translation>Where do you work?</translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation>Choose a province</translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation>Choose a city</translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation>Choose a county</translation>
    </message>
    <message>
        <source>Choose a township</source>
        <translation>Choose a township</translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation>e.g. 201</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Village name:</source>
        <translation>&amp;Village name:</translation>
    </message>
    <message>
        <source>Village &amp;number:</source>
        <translation>Village &amp;number:</translation>
    </message>
    <message>
        <source>Place code:</source>
        <translation>Place code:</translation>
    </message>
    <message>
        <source>Choose your township, then enter your village&apos;s name and number.</source>
        <translation>Choose your township, then enter your village&apos;s name and number.</translation>
    </message>
    <message>
        <source>Choose your township.</source>
        <translation>Choose your township.</translation>
    </message>
    <message>
        <source>Choose your county.</source>
        <translation>Choose your county.</translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation>The village number cannot be 000.</translation>
    </message>
    <message>
        <source>(not complete yet)</source>
        <translation>(not complete yet)</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrintDialog</name>
    <message>
        <source>Print the visit record</source>
        <translation>Print the visit record</translation>
    </message>
    <message>
        <source>Print the child&apos;s file</source>
        <translation>Print the child&apos;s file</translation>
    </message>
    <message>
        <source>Save as a &amp;PDF file</source>
        <translation>Save as a &amp;PDF file</translation>
    </message>
    <message>
        <source>Send to a p&amp;rinter</source>
        <translation>Send to a p&amp;rinter</translation>
    </message>
    <message>
        <source>Print &amp;full ID numbers</source>
        <translation>Print &amp;full ID numbers</translation>
    </message>
    <message>
        <source>Only when an office needs them: a printout is outside the encrypted vault.</source>
        <translation>Only when an office needs them: a printout is outside the encrypted vault.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>visit-record-%1.pdf</source>
        <translation>visit-record-%1.pdf</translation>
    </message>
    <message>
        <source>child-file-%1.pdf</source>
        <translation>child-file-%1.pdf</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print sensitive &amp;notes</source>
        <translation>Print sensitive &amp;notes</translation>
    </message>
    <message>
        <source>Notes and report details that may describe harm. The guardian signs this paper too.</source>
        <translation>Notes and report details that may describe harm. The guardian signs this paper too.</translation>
    </message>
    <message>
        <source>ID numbers and sensitive notes are masked unless you ask for them in full. Printing is recorded in the audit log.</source>
        <translation>ID numbers and sensitive notes are masked unless you ask for them in full. Printing is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrintDocuments</name>
    <message>
        <source>Child director&apos;s signature</source>
        <translation>Child director&apos;s signature</translation>
    </message>
    <message>
        <source>Guardian&apos;s signature</source>
        <translation>Guardian&apos;s signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Documents to gather</source>
        <translation>Documents to gather</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>Household address</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Draft, not submitted</source>
        <translation>Draft, not submitted</translation>
    </message>
    <message>
        <source>version %1 (a correction)</source>
        <translation>version %1 (a correction)</translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation>Home visit record</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Could not be reported</source>
        <translation>Could not be reported</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>Child file</source>
        <translation>Child file</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Left the village</source>
        <translation>Left the village</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>Current findings</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Visit history</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Could not write the PDF %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>the pages could not be drawn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>The document could not be sent to the printer.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrivacyGuard</name>
    <message>
        <source>Show ID &amp;number</source>
        <translation>Show ID &amp;number</translation>
    </message>
    <message>
        <source>Show the selected child&apos;s ID number in full. This is written to the audit log.</source>
        <translation>Show the selected child&apos;s ID number in full. This is written to the audit log.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>How long Tonghu waits without use before it locks</source>
        <translation>How long Tonghu waits without use before it locks</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Who opened, printed, exported or deleted which record, and whether the log is intact</source>
        <translation>Who opened, printed, exported or deleted which record, and whether the log is intact</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::QuestionEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RecordDialogBase</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RecoveryCodePage</name>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>I have &amp;written down the recovery code</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open the records again. Write it on paper and keep it locked away from this computer. Do not photograph it or save it in a file. It will not be shown again.</source>
        <translation>If you forget your passphrase, this code is the only way to open the records again. Write it on paper and keep it locked away from this computer. Do not photograph it or save it in a file. It will not be shown again.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Creating the vault. This takes a few seconds…</translation>
    </message>
    <message>
        <source>Go back to correct the details, then try again.</source>
        <translation>Go back to correct the details, then try again.</translation>
    </message>
    <message>
        <source>The vault is ready. Write down this recovery code:</source>
        <translation>The vault is ready. Write down this recovery code:</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>Accepted by the agency</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Due by:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Notes so far:</source>
        <translation>Notes so far:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReportsMenu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Township summary…</source>
        <translation>&amp;Township summary…</translation>
    </message>
    <message>
        <source>A month&apos;s figures of the township, per village, as a PDF or an Excel workbook</source>
        <translation>A month&apos;s figures of the township, per village, as a PDF or an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;County summary…</source>
        <translation>&amp;County summary…</translation>
    </message>
    <message>
        <source>A month&apos;s figures of the county, per township, as a PDF or an Excel workbook</source>
        <translation>A month&apos;s figures of the county, per township, as a PDF or an Excel workbook</translation>
    </message>
    <message>
        <source>No township&apos;s records have arrived in this vault yet.</source>
        <translation>No township&apos;s records have arrived in this vault yet.</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>County summary</translation>
    </message>
    <message>
        <source>Township summary</source>
        <translation>Township summary</translation>
    </message>
    <message>
        <source>Save the summary as an Excel workbook</source>
        <translation>Save the summary as an Excel workbook</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Something went wrong inside Tonghu. No file was written.</source>
        <translation>Something went wrong inside Tonghu. No file was written.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReviewQueueModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — corrected: %2</source>
        <translation>%1 — corrected: %2</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Child director</source>
        <translation>Child director</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReviewQueuePage</name>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Visited &amp;from</source>
        <translation>Visited &amp;from</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>Visited from</translation>
    </message>
    <message>
        <source>Visited up to</source>
        <translation>Visited up to</translation>
    </message>
    <message>
        <source>Minimum ris&amp;k:</source>
        <translation>Minimum ris&amp;k:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>Low or higher</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>Medium or higher</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>High or critical</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Clear filt&amp;ers</source>
        <translation>Clear filt&amp;ers</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>Histor&amp;y:</translation>
    </message>
    <message>
        <source>Visits waiting for review</source>
        <translation>Visits waiting for review</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Open visit</translation>
    </message>
    <message>
        <source>The answers of the selected visit, read-only (Enter)</source>
        <translation>The answers of the selected visit, read-only (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>Send the visit back to the child director with what to correct</source>
        <translation>Send the visit back to the child director with what to correct</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>The visit is complete and correct; the village hears of it at its next sync</source>
        <translation>The visit is complete and correct; the village hears of it at its next sync</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) waiting</source>
        <translation>
            <numerusform>%n visit waiting</numerusform>
            <numerusform>%n visits waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting visit matches these filters. Clear the filters to see every visit waiting for review.</source>
        <translation>No waiting visit matches these filters. Clear the filters to see every visit waiting for review.</translation>
    </message>
    <message>
        <source>No visits are waiting for review. They arrive when the villages sync.</source>
        <translation>No visits are waiting for review. They arrive when the villages sync.</translation>
    </message>
    <message>
        <source>Select a visit to see what it found and its history.</source>
        <translation>Select a visit to see what it found and its history.</translation>
    </message>
    <message>
        <source>%1 · %2 · visited %3</source>
        <translation>%1 · %2 · visited %3</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The visit found no risk.</source>
        <translation>The visit found no risk.</translation>
    </message>
    <message>
        <source>Risks found: %1</source>
        <translation>Risks found: %1</translation>
    </message>
    <message>
        <source>Return the visit</source>
        <translation>Return the visit</translation>
    </message>
    <message>
        <source>What should the child director correct? The village reads this at its next sync.</source>
        <translation>What should the child director correct? The village reads this at its next sync.</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Approved the visit to %1. The village hears of it at its next sync.</source>
        <translation>Approved the visit to %1. The village hears of it at its next sync.</translation>
    </message>
    <message>
        <source>Returned the visit to %1 to the child director. The village hears of it at its next sync.</source>
        <translation>Returned the visit to %1 to the child director. The village hears of it at its next sync.</translation>
    </message>
    <message>
        <source>&amp;up to</source>
        <translation>&amp;up to</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RolePage</name>
    <message>
        <source>Who will use Tonghu on this computer?</source>
        <translation>Who will use Tonghu on this computer?</translation>
    </message>
    <message>
        <source>The role decides which records this computer keeps and what it can do with them.</source>
        <translation>The role decides which records this computer keeps and what it can do with them.</translation>
    </message>
    <message>
        <source>Visits the children of one village and keeps their files.</source>
        <translation>Visits the children of one village and keeps their files.</translation>
    </message>
    <message>
        <source>Reviews the visits of the villages of one township.</source>
        <translation>Reviews the visits of the villages of one township.</translation>
    </message>
    <message>
        <source>Receives the records of the townships of one county.</source>
        <translation>Receives the records of the townships of one county.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without a key press or a mouse movement for this long, Tonghu locks and asks for the passphrase. It also locks when the computer goes to sleep.</source>
        <translation>Without a key press or a mouse movement for this long, Tonghu locks and asks for the passphrase. It also locks when the computer goes to sleep.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SetupWizard</name>
    <message>
        <source>Set up Tonghu</source>
        <translation>Set up Tonghu</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SummaryDialog</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SummaryDocument</name>
    <message>
        <source>Visits due and done, by township</source>
        <translation>Visits due and done, by township</translation>
    </message>
    <message>
        <source>Visits due and done, by village</source>
        <translation>Visits due and done, by village</translation>
    </message>
    <message>
        <source>Due, visited</source>
        <translation>Due, visited</translation>
    </message>
    <message>
        <source>Due, not visited</source>
        <translation>Due, not visited</translation>
    </message>
    <message>
        <source>Children by category</source>
        <translation>Children by category</translation>
    </message>
    <message>
        <source>Risks found and resolved, by severity</source>
        <translation>Risks found and resolved, by severity</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Referrals by agency, as the month ended</source>
        <translation>Referrals by agency, as the month ended</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Children on file: active at the month&apos;s end (or left after it), entered or visited by then.</source>
        <translation>Children on file: active at the month&apos;s end (or left after it), entered or visited by then.</translation>
    </message>
    <message>
        <source>Due: children whose next visit by the rulebook&apos;s schedule, as set by their last visit before the month, fell on or before the month&apos;s last day, and children never visited before the month.</source>
        <translation>Due: children whose next visit by the rulebook&apos;s schedule, as set by their last visit before the month, fell on or before the month&apos;s last day, and children never visited before the month.</translation>
    </message>
    <message>
        <source>Visits: submitted home visits dated in the month; a corrected visit counts once.</source>
        <translation>Visits: submitted home visits dated in the month; a corrected visit counts once.</translation>
    </message>
    <message>
        <source>Risks found: risks met at the month&apos;s visits, once per child and risk. Resolved: the child&apos;s later visit in the month no longer reports it, or the referral made for it was resolved or closed by the month&apos;s end.</source>
        <translation>Risks found: risks met at the month&apos;s visits, once per child and risk. Resolved: the child&apos;s later visit in the month no longer reports it, or the referral made for it was resolved or closed by the month&apos;s end.</translation>
    </message>
    <message>
        <source>Referrals: made in the month, and the state at the month&apos;s end of every referral open during it.</source>
        <translation>Referrals: made in the month, and the state at the month&apos;s end of every referral open during it.</translation>
    </message>
    <message>
        <source>Benefit applications: referrals made for a benefit the rules found (its finding), to whoever decides it.</source>
        <translation>Benefit applications: referrals made for a benefit the rules found (its finding), to whoever decides it.</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>What the figures count</translation>
    </message>
    <message>
        <source>%1 (%2), %3; figures as of %4</source>
        <translation>%1 (%2), %3; figures as of %4</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncController</name>
    <message>
        <source>Sync stopped. Nothing arrived; everything goes at the next sync.</source>
        <translation>Sync stopped. Nothing arrived; everything goes at the next sync.</translation>
    </message>
    <message>
        <source>Sync stopped. What arrived is kept; the rest goes at the next sync.</source>
        <translation>Sync stopped. What arrived is kept; the rest goes at the next sync.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncReportDialog</name>
    <message>
        <source>Last sync report</source>
        <translation>Last sync report</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Arrived:</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Left:</translation>
    </message>
    <message>
        <source>held until the sender&apos;s change %1 arrives</source>
        <translation>held until the sender&apos;s change %1 arrives</translation>
    </message>
    <message>
        <source>held until the records it refers to arrive</source>
        <translation>held until the records it refers to arrive</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Refused bundles:</source>
        <translation>&amp;Refused bundles:</translation>
    </message>
    <message>
        <source>Refused bundles</source>
        <translation>Refused bundles</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No bundle was refused.</source>
        <translation>No bundle was refused.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <source>Sync again to see which bundles were refused and why.</source>
        <translation>Sync again to see which bundles were refused and why.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>&amp;Folder (USB stick or shared drive)</source>
        <translation>&amp;Folder (USB stick or shared drive)</translation>
    </message>
    <message>
        <source>For example /media/usb/tonghu</source>
        <translation>For example /media/usb/tonghu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder on the USB stick or shared drive</source>
        <translation>Choose the folder on the USB stick or shared drive</translation>
    </message>
    <message>
        <source>Ser&amp;ver (WebDAV)</source>
        <translation>Ser&amp;ver (WebDAV)</translation>
    </message>
    <message>
        <source>Sync by &amp;itself when the folder or server is reachable</source>
        <translation>Sync by &amp;itself when the folder or server is reachable</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A USB stick is synced as soon as it is plugged in; a server is looked for at this interval.</source>
        <translation>A USB stick is synced as soon as it is plugged in; a server is looked for at this interval.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Path:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sync at least e&amp;very:</source>
        <translation>Sync at least e&amp;very:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Yes: it can be reached.</source>
        <translation>Yes: it can be reached.</translation>
    </message>
    <message>
        <source>No: the folder is not there or cannot be written. Is the USB stick plugged in?</source>
        <translation>No: the folder is not there or cannot be written. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>No: the server does not answer. Check the address, the user name and the password.</source>
        <translation>No: the server does not answer. Check the address, the user name and the password.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncStatusWidget</name>
    <message>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) arrived.</source>
        <translation>
            <numerusform>Synced: %n change arrived.</numerusform>
            <numerusform>Synced: %n changes arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new arrived.</source>
        <translation>Synced: nothing new arrived.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) left.</source>
        <translation>
            <numerusform>%n bundle left.</numerusform>
            <numerusform>%n bundles left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held until earlier ones arrive.</source>
        <translation>
            <numerusform>%n bundle held until earlier ones arrive.</numerusform>
            <numerusform>%n bundles held until earlier ones arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused: see Sync → Last sync report.</source>
        <translation>
            <numerusform>%n bundle refused: see Sync → Last sync report.</numerusform>
            <numerusform>%n bundles refused: see Sync → Last sync report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation>Stop the sync</translation>
    </message>
    <message>
        <source>Stop the sync; what has arrived is kept</source>
        <translation>Stop the sync; what has arrived is kept</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>No device enrolled yet</source>
        <translation>No device enrolled yet</translation>
    </message>
    <message>
        <source>Enroll the township&apos;s or the county&apos;s device in Sync → Devices.</source>
        <translation>Enroll the township&apos;s or the county&apos;s device in Sync → Devices.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to leave</source>
        <translation>
            <numerusform>%n change waiting to leave</numerusform>
            <numerusform>%n changes waiting to leave</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>Changes made here that the township or county has not confirmed yet. They leave at the next sync.</source>
        <translation>Changes made here that the township or county has not confirmed yet. They leave at the next sync.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>A bundle is held until change %1 from %2 arrives</source>
        <translation>A bundle is held until change %1 from %2 arrives</translation>
    </message>
    <message>
        <source>A bundle from %1 is held until the records it refers to arrive</source>
        <translation>A bundle from %1 is held until the records it refers to arrive</translation>
    </message>
    <message numerus="yes">
        <source>Bundles from %n place(s) are held until earlier ones arrive</source>
        <translation>
            <numerusform>Bundles from %n place are held until earlier ones arrive</numerusform>
            <numerusform>Bundles from %n places are held until earlier ones arrive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>The same field was changed here and on another device. The later value is shown; the other is kept until someone decides. Click to decide.</source>
        <translation>The same field was changed here and on another device. The later value is shown; the other is kept until someone decides. Click to decide.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused</source>
        <translation>
            <numerusform>%n bundle refused</numerusform>
            <numerusform>%n bundles refused</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync refused bundles. Click to see why.</source>
        <translation>The last sync refused bundles. Click to see why.</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::TriStateComboBox</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::TrustedDeviceModel</name>
    <message>
        <source>Receives our records</source>
        <translation>Receives our records</translation>
    </message>
    <message>
        <source>Sends us its records</source>
        <translation>Sends us its records</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Forgot the passphrase? Use the recovery code</translation>
    </message>
    <message>
        <source>&amp;Open and set new passphrase</source>
        <translation>&amp;Open and set new passphrase</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Unlock Tonghu</source>
        <translation>Unlock Tonghu</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the children&apos;s records.</source>
        <translation>Enter your passphrase to open the children&apos;s records.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when Tonghu was set up, then choose a new passphrase.</source>
        <translation>Enter the recovery code you wrote down when Tonghu was set up, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Tonghu</source>
        <translation>Tonghu</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::UserPage</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your name is written on the visits and reviews you make.</source>
        <translation>Your name is written on the visits and reviews you make.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Role: %1
Place: %2 (%3)</source>
        <translation>Role: %1
Place: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::VisitForm</name>
    <message>
        <source>&amp;Submit visit</source>
        <translation>&amp;Submit visit</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Every answer is already saved; the draft can be continued later.</source>
        <translation>Every answer is already saved; the draft can be continued later.</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>The visit record no longer exists.</translation>
    </message>
    <message>
        <source>Submitted visit (version %1): it can no longer be changed.</source>
        <translation>Submitted visit (version %1): it can no longer be changed.</translation>
    </message>
    <message>
        <source>Correction (version %1): %2</source>
        <translation>Correction (version %1): %2</translation>
    </message>
    <message>
        <source>Draft: every answer is saved as you give it.</source>
        <translation>Draft: every answer is saved as you give it.</translation>
    </message>
    <message>
        <source>Home visit (submitted)</source>
        <translation>Home visit (submitted)</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>The visit cannot be submitted yet:</source>
        <translation>The visit cannot be submitted yet:</translation>
    </message>
    <message>
        <source>Correct visit</source>
        <translation>Correct visit</translation>
    </message>
    <message>
        <source>Why does this visit need a correction? The submitted version is kept.</source>
        <translation>Why does this visit need a correction? The submitted version is kept.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The visit record as a PDF or on paper, with signature lines</source>
        <translation>The visit record as a PDF or on paper, with signature lines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>Visit &amp;date:</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::VisitHistoryList</name>
    <message>
        <source>History of the visit</source>
        <translation>History of the visit</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>someone unknown</translation>
    </message>
    <message>
        <source>%1  Version %2 approved by %3</source>
        <translation>%1  Version %2 approved by %3</translation>
    </message>
    <message>
        <source>%1  Version %2 returned by %3: %4</source>
        <translation>%1  Version %2 returned by %3: %4</translation>
    </message>
    <message>
        <source>%1  Started by %2, not submitted yet</source>
        <translation>%1  Started by %2, not submitted yet</translation>
    </message>
    <message>
        <source>%1  Submitted by %2</source>
        <translation>%1  Submitted by %2</translation>
    </message>
    <message>
        <source>%1  Correction (version %2) started by %3, not submitted yet: %4</source>
        <translation>%1  Correction (version %2) started by %3, not submitted yet: %4</translation>
    </message>
    <message>
        <source>%1  Correction (version %2) submitted by %3: %4</source>
        <translation>%1  Correction (version %2) submitted by %3: %4</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::WorklistModel</name>
    <message>
        <source>Risk needing action</source>
        <translation>Risk needing action</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation>Referral overdue</translation>
    </message>
    <message>
        <source>Visit not submitted</source>
        <translation>Visit not submitted</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Continue the visit</source>
        <translation>Continue the visit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 [%2] — not referred yet</source>
        <translation>%1 [%2] — not referred yet</translation>
    </message>
    <message>
        <source>%1 [%2] — referral %3</source>
        <translation>%1 [%2] — referral %3</translation>
    </message>
    <message>
        <source>Visit returned</source>
        <translation>Visit returned</translation>
    </message>
    <message>
        <source>Returned by the township: %1</source>
        <translation>Returned by the township: %1</translation>
    </message>
    <message>
        <source>Returned by the township: %1 — correction started, submit it</source>
        <translation>Returned by the township: %1 — correction started, submit it</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::WorklistPage</name>
    <message>
        <source>Nothing to do today. Children due for a visit, open risks and overdue referrals will appear here; add a household to put children on file.</source>
        <translation>Nothing to do today. Children due for a visit, open risks and overdue referrals will appear here; add a household to put children on file.</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message numerus="yes">
        <source>The township returned %n visit(s) to correct. Select one and click Correct…; the township&apos;s comment is the reason, which you can change.</source>
        <translation>
            <numerusform>The township returned %n visit to correct. Select one and click Correct…; the township&apos;s comment is the reason, which you can change.</numerusform>
            <numerusform>The township returned %n visits to correct. Select one and click Correct…; the township&apos;s comment is the reason, which you can change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new version of the selected returned visit and correct it</source>
        <translation>Make a new version of the selected returned visit and correct it</translation>
    </message>
    <message>
        <source>Nothing to do today. Children due for a visit, open risks and overdue referrals of the villages appear here once their records arrive with a sync: Sync → Sync now.</source>
        <translation>Nothing to do today. Children due for a visit, open risks and overdue referrals of the villages appear here once their records arrive with a sync: Sync → Sync now.</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::Access</name>
    <message>
        <source>Only the village&apos;s child director changes its households and children; a %1 reads them.</source>
        <translation>Only the village&apos;s child director changes its households and children; a %1 reads them.</translation>
    </message>
    <message>
        <source>Only the village&apos;s child director records and submits home visits; a %1 reads them.</source>
        <translation>Only the village&apos;s child director records and submits home visits; a %1 reads them.</translation>
    </message>
    <message>
        <source>Only a township supervisor reviews visits.</source>
        <translation>Only a township supervisor reviews visits.</translation>
    </message>
    <message>
        <source>Referrals are made and followed up by the child director and the township supervisor.</source>
        <translation>Referrals are made and followed up by the child director and the township supervisor.</translation>
    </message>
    <message>
        <source>Only the county publishes rulebook settings.</source>
        <translation>Only the county publishes rulebook settings.</translation>
    </message>
    <message>
        <source>This vault does not say whose it is (its role is missing).</source>
        <translation>This vault does not say whose it is (its role is missing).</translation>
    </message>
    <message>
        <source>This record belongs to another village; only its own child director changes it.</source>
        <translation>This record belongs to another village; only its own child director changes it.</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::IdleLockSetting</name>
    <message numerus="yes">
        <source>Choose between 1 and %n minute(s).</source>
        <translation>
            <numerusform>Choose between 1 and %n minute.</numerusform>
            <numerusform>Choose between 1 and %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::vault::KeySlots</name>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>Not enough memory to derive the key.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged; restore it from a backup.</source>
        <translation>The vault&apos;s key file is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing.</source>
        <translation>The vault&apos;s key file is missing.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was written by a newer version of Tonghu.</source>
        <translation>The vault&apos;s key file was written by a newer version of Tonghu.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be written; check free disk space.</source>
        <translation>The vault&apos;s key file could not be written; check free disk space.</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::Vault</name>
    <message>
        <source>Child director</source>
        <translation>Child director</translation>
    </message>
    <message>
        <source>Township child welfare supervisor</source>
        <translation>Township child welfare supervisor</translation>
    </message>
    <message>
        <source>County civil affairs</source>
        <translation>County civil affairs</translation>
    </message>
    <message>
        <source>This folder already holds a vault; it was not changed.</source>
        <translation>This folder already holds a vault; it was not changed.</translation>
    </message>
    <message>
        <source>The vault folder could not be created.</source>
        <translation>The vault folder could not be created.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong. The vault was not opened.</source>
        <translation>The passphrase is wrong. The vault was not opened.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. The vault was not opened.</source>
        <translation>The recovery code is wrong. The vault was not opened.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault does not say which role it belongs to.</source>
        <translation>The vault does not say which role it belongs to.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation>A township code has 9 digits.</translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation>A county code has 6 digits.</translation>
    </message>
    <message>
        <source>The county code is not in the national division table.</source>
        <translation>The county code is not in the national division table.</translation>
    </message>
    <message>
        <source>The township code is not in the national division table.</source>
        <translation>The township code is not in the national division table.</translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation>The village number cannot be 000.</translation>
    </message>
    <message>
        <source>Enter the village&apos;s name.</source>
        <translation>Enter the village&apos;s name.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
