// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/PassphraseInput.h"

#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace tonghu::cli {

namespace {

constexpr std::size_t kMaxLength = 1024;

Error bad(const QString& message)
{
    return Error(Error::Kind::BadInput, message);
}

// Copies the first `size` bytes of a scratch buffer into one of exactly that size.
SecureBuffer exact(const SecureBuffer& scratch, std::size_t size)
{
    SecureBuffer out(size);
    if (size > 0)
        std::memcpy(out.data(), scratch.data(), size);
    return out;
}

// The first line, without its line ending.
std::size_t firstLineLength(const char* data, std::size_t size)
{
    std::size_t n = 0;
    while (n < size && data[n] != '\n')
        ++n;
    if (n > 0 && data[n - 1] == '\r')
        --n;
    return n;
}

#ifdef Q_OS_UNIX
// Echo must come back even when the user presses Ctrl-C at the prompt, or the shell they
// return to stays silent. Only async-signal-safe calls in the handler.
termios g_saved;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff final
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            m_previous[index(s)] = std::signal(s, restoreEchoAndReraise);
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!g_echoOff)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_echoOff = 0;
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            std::signal(s, m_previous[index(s)]);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static int index(int s)
    {
        return s == SIGINT ? 0 : s == SIGTERM ? 1 : s == SIGHUP ? 2 : s == SIGQUIT ? 3 : 4;
    }
    void (*m_previous[5])(int) = {};
};

bool haveTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// Reads one line byte by byte straight into locked memory, never through a stdio buffer.
SecureBuffer readHiddenLine()
{
    SecureBuffer scratch(kMaxLength);
    std::size_t n = 0;
    bool tooLong = false;
    {
        EchoOff quiet;
        char c = 0;
        while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
            if (n < kMaxLength)
                scratch.data()[n++] = static_cast<unsigned char>(c);
            else
                tooLong = true;
        }
        c = 0;
    }
    std::fputc('\n', stderr); // the Enter key was not echoed
    if (tooLong)
        throw bad(PassphraseInput::tr("The passphrase is longer than %1 bytes.").arg(kMaxLength));
    if (n > 0 && scratch.data()[n - 1] == '\r')
        --n;
    return exact(scratch, n);
}
#elif defined(Q_OS_WIN)
bool haveTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

// ReadConsoleW gives UTF-16 whatever the console code page is, so a passphrase typed here
// matches the same one typed in the GUI.
SecureBuffer readHiddenLine()
{
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
    SecureBuffer wide(kMaxLength * sizeof(wchar_t));
    auto* chars = reinterpret_cast<wchar_t*>(wide.data());
    DWORD read = 0;
    const BOOL ok = ReadConsoleW(in, chars, DWORD(kMaxLength), &read, nullptr);
    SetConsoleMode(in, mode);
    std::fputc('\n', stderr);
    if (!ok)
        throw bad(PassphraseInput::tr("The passphrase could not be read from the terminal."));
    while (read > 0 && (chars[read - 1] == L'\n' || chars[read - 1] == L'\r'))
        --read;
    SecureBuffer scratch(kMaxLength * 3);
    const int n = WideCharToMultiByte(CP_UTF8, 0, chars, int(read), reinterpret_cast<char*>(scratch.data()),
                                      int(scratch.size()), nullptr, nullptr);
    return exact(scratch, std::size_t(std::max(n, 0)));
}
#else
bool haveTerminal()
{
    return false;
}
SecureBuffer readHiddenLine()
{
    return {};
}
#endif

} // namespace

SecureBuffer PassphraseInput::read(Purpose purpose) const
{
    SecureBuffer passphrase;
    if (!m_file.isEmpty()) {
        passphrase = fromFile();
    } else if (qEnvironmentVariableIsSet(kEnvironmentVariable)) {
        passphrase = fromEnvironment();
    } else {
        if (!haveTerminal())
            throw bad(tr("No passphrase: run in a terminal to be asked, or use --passphrase-file FILE or the "
                         "TONGHU_PASSPHRASE variable."));
        passphrase = prompt(purpose == Purpose::NewVault ? tr("New passphrase (at least %n characters): ", nullptr, vault::Vault::kMinPassphraseLength)
                                                         : tr("Passphrase: "));
        if (purpose == Purpose::NewVault && !passphrase.empty()) {
            const SecureBuffer again = prompt(tr("The same passphrase again: "));
            if (again.size() != passphrase.size() ||
                sodium_memcmp(again.data(), passphrase.data(), passphrase.size()) != 0)
                throw bad(tr("The two passphrases differ. Nothing was changed."));
        }
    }
    if (passphrase.empty())
        throw bad(tr("The passphrase is empty."));
    return passphrase;
}

SecureBuffer PassphraseInput::fromFile() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        throw bad(tr("The passphrase file %1 cannot be read.").arg(m_file));
    SecureBuffer scratch(kMaxLength);
    const qint64 n = file.read(reinterpret_cast<char*>(scratch.data()), qint64(kMaxLength));
    if (n < 0)
        throw bad(tr("The passphrase file %1 cannot be read.").arg(m_file));
    return exact(scratch, firstLineLength(reinterpret_cast<const char*>(scratch.data()), std::size_t(n)));
}

SecureBuffer PassphraseInput::fromEnvironment()
{
    QByteArray value = qgetenv(kEnvironmentVariable);
    SecureBuffer passphrase = SecureBuffer::fromText(
        std::string_view(value.constData(), firstLineLength(value.constData(), std::size_t(value.size()))));
    sodium_memzero(value.data(), std::size_t(value.size()));
    return passphrase;
}

SecureBuffer PassphraseInput::prompt(const QString& question)
{
    const QByteArray text = question.toUtf8();
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
    return readHiddenLine();
}

} // namespace tonghu::cli
