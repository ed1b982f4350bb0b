// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SelfTest.h"

#include "core/model/DemoVillage.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/util/Language.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "ui/ChildListModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace tonghu::ui {

namespace {

// The checks speak English: they are read by whoever installs the package, in a terminal or a
// build log, and compared with the package's documentation.
bool check(const char* what, const std::function<QString()>& run)
{
    QString detail;
    bool ok = true;
    try {
        detail = run();
    } catch (const Error& e) {
        ok = false;
        detail = e.message();
    }
    if (detail.startsWith(QLatin1String("FAIL:"))) {
        ok = false;
        detail = detail.mid(5).trimmed();
    }
    std::fprintf(stdout, "%s %s%s%s\n", ok ? "ok  " : "FAIL", what, detail.isEmpty() ? "" : ": ",
                 detail.toUtf8().constData());
    std::fflush(stdout);
    return ok;
}

} // namespace

int runSelfTest()
{
    bool all = true;
    all &= check("translations", [] {
        installTranslations(QStringLiteral("zh_CN"));
        const QString zh = QCoreApplication::translate("tonghu::ui::MainWindow", "Worklist");
        installTranslations(QStringLiteral("en"));
        return zh == QLatin1String("Worklist") ? QStringLiteral("FAIL: the Chinese translation is not embedded")
                                               : QStringLiteral("zh_CN and en embedded");
    });

    QTemporaryDir dir;
    if (!dir.isValid()) {
        check("temporary folder", [] { return QStringLiteral("FAIL: none could be made"); });
        return 1;
    }
    const QString vaultDir = dir.filePath(QStringLiteral("vault"));
    std::unique_ptr<vault::Vault> vault;
    all &= check("encrypted vault", [&] {
        vault::VaultSetup setup;
        setup.role = vault::Role::Village;
        setup.placeCode = QStringLiteral("621126103201");
        setup.villageName = QStringLiteral("自检村");
        setup.userName = QStringLiteral("self-test");
        // The real cost, so the key derivation this machine will run is the one tested.
        vault = vault::Vault::create(vaultDir, setup, SecureBuffer::random(32)).vault;
        auto st = vault->database().prepare("PRAGMA cipher_version");
        const QString version = st.step() ? st.text(0) : QString();
        st.reset();
        if (version.isEmpty())
            return QStringLiteral("FAIL: the database is not SQLCipher");
        QFile file(vault::Vault::databasePath(vaultDir));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("FAIL: the database file cannot be read");
        if (file.read(16).startsWith("SQLite format 3"))
            return QStringLiteral("FAIL: the database file is not encrypted");
        return QStringLiteral("SQLCipher %1").arg(version);
    });
    if (!vault)
        return 1;
    all &= check("records", [&] {
        model::DemoOptions options;
        options.children = 5;
        options.placeCode = vault->placeCode();
        const model::DemoResult r = model::DemoVillage::generate(vault->database(), vault->userId(), options);
        return QStringLiteral("%1 demo children written").arg(r.children);
    });
    all &= check("main window", [&] {
        MainWindow window(std::move(vault));
        window.show();
        const int rows = window.childModel()->rowCount();
        const QImage image = window.grab().toImage();
        if (rows != 5)
            return QStringLiteral("FAIL: the child list shows %1 children, not 5").arg(rows);
        if (image.isNull() || image.width() < 100)
            return QStringLiteral("FAIL: the window was not drawn");
        return QStringLiteral("drawn on %1, %2 children listed").arg(QGuiApplication::platformName()).arg(rows);
    });
    std::fprintf(stdout, all ? "Self-test passed.\n" : "Self-test failed.\n");
    return all ? 0 : 1;
}

} // namespace tonghu::ui
