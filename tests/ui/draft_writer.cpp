// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/DraftWriter.h"

#include "core/util/Error.h"
#include "tests/ui/VisitFormTestSupport.h"

#include <QApplication>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace tonghu::test {

namespace {

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

int runDraftWriter()
{
    try {
        auto vault = vault::Vault::unlock(qEnvironmentVariable("TONGHU_TEST_DRAFT_VAULT"), secret(kPassphrase));
        const QString childId = qEnvironmentVariable("TONGHU_TEST_DRAFT_CHILD");
        const rules::Rulebook& rulebook = rules::Rulebook::builtin();
        const rules::Checklist& checklist = rules::Checklist::builtin();
        model::VisitStore visits(vault->database(), rulebook, checklist, vault->userId());
        const model::Visit draft = ui::VisitForm::startVisit(vault->database(), visits, rulebook, checklist, childId);
        ui::VisitForm form(vault->database(), visits, rulebook, checklist, draft.id);
        form.show();
        say(QStringLiteral("ready ") + draft.id);
        // Like a director in the household: one answer, a pause, the next.
        for (int pass = 0; pass < 3; ++pass)
            for (const rules::ChecklistQuestion* q : openQuestions(form, checklist)) {
                ui::QuestionEditor* editor = form.editor(q->fact);
                if (!editor->isVisibleTo(&form))
                    continue;
                const QJsonValue value = harmlessAnswer(*q);
                editor->answer(value);
                say(QStringLiteral("saved %1 %2").arg(q->fact, compact(value)));
                QApplication::processEvents();
                QThread::msleep(10);
            }
        say(QStringLiteral("done"));
        for (;;)
            QThread::sleep(1);
    } catch (const Error& e) {
        say(QStringLiteral("error ") + e.message());
    }
    return 1;
}

} // namespace tonghu::test
