// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecureBuffer.h"

#include "core/util/Error.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace tonghu {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(Error::Kind::Internal,
                    QCoreApplication::translate("tonghu::Crypto", "The cryptography library could not start."));
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer() { clear(); }

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer b(size);
    randombytes_buf(b.m_data, size);
    return b;
}

SecureBuffer SecureBuffer::fromText(std::string_view text)
{
    SecureBuffer b(text.size());
    if (!text.empty())
        std::memcpy(b.m_data, text.data(), text.size());
    return b;
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace tonghu
