#pragma once

#include <QByteArray>

#include <cstddef>

namespace chorus {

/** Key material in libsodium guarded memory: locked, not dumped, zeroed on release. */
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(const unsigned char* data, std::size_t size);

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    /** Constant-time comparison. */
    [[nodiscard]] bool equals(const SecretBytes& other) const;

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/** Makes sure libsodium is initialised; safe to call often. */
void ensureSodium();

} // namespace chorus
