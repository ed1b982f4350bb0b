// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/Arguments.h"

#include <QList>
#include <QString>

namespace tonghu::cli {

// The exit codes of the command-line contract (DESIGN.md).
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

// What every verb gets: its parsed arguments (the verb's own words removed from the
// positional list) and the global options.
struct Context
{
    Arguments args;
    QStringList positional; // after the verb
    QString vaultDir;
    QString passphraseFile;
    bool json = false;
};

// A verb. Texts are QT_TRANSLATE_NOOP'd in the context "tonghu::cli::CliApp".
struct Command
{
    const char* name;     // "init", or two words for a verb group ("rules check")
    const char* synopsis; // the arguments after the name, for the usage line
    const char* summary;
    QList<OptionSpec> options;
    // Returns an exit code; may throw tonghu::Error, which CliApp maps to an exit code.
    int (*run)(Context& context);
};

// One per verb file.
Command initCommand();
Command demoCommand();
Command childrenCommand();
Command checkIdCommand();
Command evaluateCommand();
Command rulesCheckCommand();
Command rulesShowCommand();
Command enrollExportCommand();
Command enrollImportCommand();
Command enrollListCommand();
Command exportCommand();
Command importCommand();
Command syncCommand();
Command verifyCommand();
Command inspectCommand();
Command rulesPublishCommand();
Command conflictsCommand();
Command conflictsResolveCommand();
Command retentionDueCommand();
Command retentionPurgeCommand();
Command auditVerifyCommand();
Command auditListCommand();
Command backupCommand();
Command backupVerifyCommand();
Command restoreCommand();
// The reports: one verb of the "report" group each.
Command reportLedgerCommand();
Command reportTownshipCommand();
Command reportCountyCommand();

} // namespace tonghu::cli
