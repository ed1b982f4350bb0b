// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/XlsxWriter.h"

#include "core/reports/PendingFile.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>

namespace tonghu::reports {

namespace {

constexpr qsizetype kMaxCellChars = 32767;   // Excel's limit for the text of a cell
constexpr qsizetype kMaxSheetNameChars = 31; // and for a sheet's name

// Excel refuses these in a sheet's name, and a name that starts or ends with an apostrophe.
QString sheetName(QString title, const QString& suffix)
{
    for (QChar& c : title)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = u' ';
    title = title.trimmed();
    while (title.startsWith(u'\''))
        title.remove(0, 1);
    title = title.left(kMaxSheetNameChars - suffix.size());
    while (title.endsWith(u'\''))
        title.chop(1);
    return title + suffix;
}

} // namespace

struct XlsxWriter::State
{
    explicit State(const QString& path) : file(path) {}

    PendingFile file;
    QTemporaryDir tmpdir{QDir::tempPath() + QStringLiteral("/.tonghu-xlsx-XXXXXX")};
    QByteArray tmpdirName;
    lxw_workbook* workbook = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_worksheet* sheet = nullptr;
    QList<lxw_worksheet*> sheets;
    QSet<QString> names;
    QString title;
    QList<Column> columns;
    int part = 1;          // of a sheet continued over several: 1, 2, ...
    qint64 sheetRow = 0;   // the next row of the current sheet (0 is the header)
    qint64 rowsPerSheet = XlsxWriter::kExcelMaxRows;
};

QString XlsxWriter::libraryError(int code) { return QString::fromUtf8(lxw_strerror(lxw_error(code))); }

XlsxWriter::XlsxWriter(const QString& path) : d(std::make_unique<State>(path))
{
    if (!d->tmpdir.isValid())
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    d->tmpdirName = QFile::encodeName(d->tmpdir.path());
    // libxlsxwriter writes the workbook to this path itself; PendingFile has made it, empty and
    // private (0600), and truncating it keeps that mode.
    d->file.close();
    const QByteArray target = QFile::encodeName(d->file.tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = d->tmpdirName.data();
    options.use_zip64 = LXW_TRUE; // a county's ledger may pass 4 GiB unpacked
    d->workbook = workbook_new_opt(target.constData(), &options);
    if (!d->workbook)
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
}

XlsxWriter::~XlsxWriter()
{
    if (!d->workbook)
        return;
    // Discarded: freeing the workbook does not close the sheets' temporary files (their data
    // would stay on the disk, unnamed, until the process ends), so they are closed here first.
    for (lxw_worksheet* sheet : d->sheets)
        if (sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
        }
    lxw_workbook_free(d->workbook);
}

void XlsxWriter::setRowsPerSheet(qint64 rows) { d->rowsPerSheet = std::clamp<qint64>(rows, 2, kExcelMaxRows); }

void XlsxWriter::addSheet(const QString& title, const QList<Column>& columns)
{
    d->title = title.isEmpty() ? tr("Sheet") : title;
    d->columns = columns;
    d->part = 1;
    startSheet();
}

void XlsxWriter::startSheet()
{
    const QString suffix = d->part == 1 ? QString() : QStringLiteral(" (%1)").arg(d->part);
    QString name = sheetName(d->title, suffix);
    for (int n = 2; d->names.contains(name.toLower()); ++n)
        name = sheetName(d->title, suffix + QStringLiteral(" %1").arg(n));
    d->names.insert(name.toLower());
    d->sheet = workbook_add_worksheet(d->workbook, name.toUtf8().constData());
    if (!d->sheet)
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    d->sheets << d->sheet;
    for (qsizetype c = 0; c < d->columns.size(); ++c) {
        const Column& column = d->columns.at(c);
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
        if (worksheet_write_string(d->sheet, 0, lxw_col_t(c), column.header.left(kMaxCellChars).toUtf8().constData(),
                                   d->bold) != LXW_NO_ERROR)
            throw Error(Error::Kind::Io, PendingFile::writeFailed());
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->sheetRow = 1;
}

void XlsxWriter::writeRow(const Row& row)
{
    if (!d->sheet)
        addSheet(QString(), {});
    if (d->sheetRow >= d->rowsPerSheet) {
        ++d->part;
        startSheet();
    }
    const auto r = lxw_row_t(d->sheetRow);
    const qsizetype n = d->columns.isEmpty() ? row.size() : std::min(row.size(), d->columns.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = lxw_col_t(i);
        const Cell& cell = row.at(i);
        lxw_error rc = LXW_NO_ERROR;
        if (const auto* text = std::get_if<QString>(&cell)) {
            if (!text->isEmpty())
                rc = worksheet_write_string(d->sheet, r, c, text->left(kMaxCellChars).toUtf8().constData(), nullptr);
        } else if (const auto* number = std::get_if<double>(&cell)) {
            if (std::isfinite(*number))
                rc = worksheet_write_number(d->sheet, r, c, *number, nullptr);
        } else if (const auto* day = std::get_if<QDate>(&cell)) {
            // Excel's dates begin in 1900; an earlier one would be a negative serial number.
            if (day->isValid() && day->year() >= 1900 && day->year() <= 9999) {
                lxw_datetime dt{day->year(), day->month(), day->day(), 0, 0, 0.0};
                rc = worksheet_write_datetime(d->sheet, r, c, &dt, d->date);
            }
        }
        if (rc != LXW_NO_ERROR)
            throw Error(Error::Kind::Io, PendingFile::writeFailed());
    }
    ++d->sheetRow;
    ++m_rows;
    // libxlsxwriter does not check its writes to the sheet's temporary file: a full disk would
    // only show as a truncated sheet. The stream's error flag tells, so it is looked at often.
    if ((m_rows & 1023) == 0 && d->sheet->optimize_tmpfile && std::ferror(d->sheet->optimize_tmpfile))
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
}

void XlsxWriter::finish()
{
    if (!d->workbook)
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    if (d->sheets.isEmpty())
        addSheet(QString(), {});
    // Closing copies each sheet's rows into one more temporary file before packing them, again
    // without checking the writes: make sure they fit, with room to spare.
    qint64 sheetBytes = 0;
    for (lxw_worksheet* sheet : d->sheets) {
        if (!sheet->optimize_tmpfile)
            continue;
        if (std::fflush(sheet->optimize_tmpfile) != 0 || std::ferror(sheet->optimize_tmpfile))
            throw Error(Error::Kind::Io, PendingFile::writeFailed());
        sheetBytes = std::max<qint64>(sheetBytes, std::ftell(sheet->optimize_tmpfile));
    }
    const QStorageInfo storage(d->tmpdir.path());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < sheetBytes * 2 + (1 << 20))
        throw Error(Error::Kind::Io, PendingFile::writeFailed());

    // When workbook_close cannot create its file it returns without closing the sheets'
    // temporary files (they would stay open, unnamed, until the process ends): a folder that has
    // gone is found here instead, where the destructor still discards them properly.
    if (!QFileInfo(d->file.tempPath()).isWritable())
        throw Error(Error::Kind::Io, PendingFile::writeFailed());

    lxw_workbook* workbook = d->workbook;
    d->workbook = nullptr; // workbook_close frees it, whether it succeeds or not
    d->sheets.clear();
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    d->file.commit();
}

} // namespace tonghu::reports
