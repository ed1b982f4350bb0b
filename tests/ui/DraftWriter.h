// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tonghu::test {

// The UI test binary started again as a child process that fills a visit draft through the
// visit form, one answer at a time, printing "saved <fact> <json>" after each, then "done", and
// then waits to be killed. The vault and the child come from TONGHU_TEST_DRAFT_VAULT and
// TONGHU_TEST_DRAFT_CHILD. Returns the exit code (it only returns on failure).
int runDraftWriter();

} // namespace tonghu::test
