#include "secretbytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace chorus {

void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready) {
        // Without a working CSPRNG no key can be made safely: stop rather than go on weak.
        std::abort();
    }
}

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecretBytes s(size);
    if (size > 0) {
        std::memcpy(s.m_data, data, size);
    }
    return s;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::release()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // zeroes before freeing
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace chorus
