// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AttachmentStore.h"
#include "core/model/RecordStore.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

struct Fixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    model::AttachmentStore attachments{t->vault->database(), t->vault->userId()};
    QString childId;

    Fixture()
    {
        model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        childId = test::addChild(records, QStringLiteral("秦小雪"), "female", QDate(2013, 3, 3)).id;
    }
};

QByteArray fakeJpeg(qsizetype size, const QByteArray& marker = {})
{
    QByteArray b("\xFF\xD8\xFF\xE0", 4);
    b += marker;
    while (b.size() < size)
        b += char(b.size() * 31 % 251);
    return b;
}

} // namespace

TEST_CASE("A photo is stored inside the encrypted database and read back unchanged", "[attachments]")
{
    Fixture f;
    const QByteArray marker("HUKOU-SCAN-MARKER-5521");
    const QByteArray photo = fakeJpeg(300 * 1024, marker);
    model::Attachment meta;
    meta.childId = f.childId;
    meta.findingId = QStringLiteral("elig.orphan_allowance");
    meta.document = QStringLiteral("户口簿");
    meta.fileName = QStringLiteral("IMG_0042.jpg");
    const model::Attachment stored = f.attachments.add(meta, photo);
    CHECK(stored.mimeType == QStringLiteral("image/jpeg"));
    CHECK(stored.size == photo.size());
    CHECK(f.attachments.data(stored.id) == photo);
    REQUIRE(f.attachments.forChild(f.childId).size() == 1);
    CHECK(f.attachments.forChild(f.childId).front().document == QStringLiteral("户口簿"));

    f.t->vault.reset();
    CHECK(test::filesContaining(f.t->path(), QString::fromLatin1(marker)).isEmpty());
    CHECK(test::filesUnder(f.t->path()).filter(QStringLiteral(".jpg")).isEmpty());
}

TEST_CASE("A file too large or of another type is refused with a clear message", "[attachments]")
{
    Fixture f;
    model::Attachment meta;
    meta.childId = f.childId;
    meta.fileName = QStringLiteral("big.jpg");
    try {
        f.attachments.add(meta, fakeJpeg(model::AttachmentStore::kMaxBytes + 1));
        FAIL("an oversized file was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK_NOTHROW(f.attachments.add(meta, fakeJpeg(model::AttachmentStore::kMaxBytes)));
    meta.fileName = QStringLiteral("notes.jpg");
    CHECK_THROWS_AS(f.attachments.add(meta, QByteArray("just text pretending to be a photo")), Error);
    CHECK_THROWS_AS(f.attachments.add(meta, QByteArray()), Error);
    CHECK(f.attachments.forChild(f.childId).size() == 1);
}

TEST_CASE("A benefit's documents are ticked off as gathered", "[attachments]")
{
    Fixture f;
    const QString benefit = QStringLiteral("elig.orphan_allowance");
    f.attachments.setGathered(f.childId, benefit, QStringLiteral("户口簿"), true);
    f.attachments.setGathered(f.childId, benefit, QStringLiteral("监护人身份证"), true);
    CHECK(f.attachments.gathered(f.childId, benefit).size() == 2);
    f.attachments.setGathered(f.childId, benefit, QStringLiteral("户口簿"), false);
    CHECK(f.attachments.gathered(f.childId, benefit) == QStringList{QStringLiteral("监护人身份证")});
    CHECK(f.attachments.gathered(f.childId, QStringLiteral("elig.insurance_subsidy")).isEmpty());
}
