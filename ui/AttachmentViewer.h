// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AttachmentStore.h"

#include <QByteArray>
#include <QDialog>

namespace tonghu::ui {

// Shows an attached photo inside the app, so it never has to be written out to be seen. A PDF
// scan cannot be drawn here; it can be saved as a copy where the director chooses.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewer(const model::Attachment& attachment, QByteArray data, QWidget* parent = nullptr);
    // Asks where to save a copy and writes it; false when cancelled or failed (the failure is shown).
    bool saveCopy();

signals:
    // A copy now lies outside the vault: the caller writes the export to the audit log.
    void copySaved();

private:
    model::Attachment m_attachment;
    QByteArray m_data;
};

} // namespace tonghu::ui
