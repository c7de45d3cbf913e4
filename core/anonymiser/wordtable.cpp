#include "wordtable.h"

namespace chorus {

std::uint32_t WordTable::hashOf(QStringView word)
{
    std::uint32_t h = 2166136261u; // FNV-1a over folded UTF-16 units
    for (QChar c : word) {
        h = (h ^ fold(c.unicode())) * 16777619u;
    }
    return h;
}

const WordTable::Slot* WordTable::find(QStringView word, std::uint32_t hash) const
{
    if (m_slots.empty() || word.isEmpty()) {
        return nullptr;
    }
    const std::size_t mask = m_slots.size() - 1;
    const char16_t* keys = reinterpret_cast<const char16_t*>(m_keys.constData());
    const qsizetype n = word.size();
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.length == 0) {
            return &s; // empty: where the word would go
        }
        if (s.hash != hash || s.length != n) {
            continue;
        }
        qsizetype k = 0;
        if (s.isInline()) {
            while (k < n &&
                   char16_t(static_cast<unsigned char>(s.inlined[k])) == fold(word[k].unicode())) {
                ++k;
            }
        } else {
            const char16_t* key = keys + s.offset;
            while (k < n && key[k] == fold(word[k].unicode())) {
                ++k;
            }
        }
        if (k == n) {
            return &s;
        }
    }
}

void WordTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (std::uint32_t& at : m_order) {
        const Slot& e = old[at];
        std::size_t i = e.hash & mask;
        while (m_slots[i].length != 0) {
            i = (i + 1) & mask;
        }
        m_slots[i] = e;
        at = std::uint32_t(i);
    }
}

void WordTable::add(QStringView word, std::uint32_t value)
{
    if (word.isEmpty() || word.size() > 0xffff) {
        return;
    }
    const std::uint32_t hash = hashOf(word);
    if (const Slot* s = find(word, hash); s && s->length != 0) {
        const_cast<Slot*>(s)->value |= value;
        return;
    }
    if ((m_order.size() + 1) * 2 > m_slots.size()) {
        grow();
    }
    Slot entry;
    entry.hash = hash;
    entry.value = value;
    entry.length = std::uint16_t(word.size());
    bool latin1 = word.size() <= kInline;
    for (QChar c : word) {
        latin1 = latin1 && fold(c.unicode()) < 0x100;
    }
    if (latin1) {
        entry.spare = 1;
        for (qsizetype k = 0; k < word.size(); ++k) {
            entry.inlined[k] = char(fold(word[k].unicode()));
        }
    } else {
        entry.offset = std::uint32_t(m_keys.size());
        for (QChar c : word) {
            m_keys.append(QChar(fold(c.unicode())));
        }
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].length != 0) {
        i = (i + 1) & mask;
    }
    m_slots[i] = entry;
    m_order.push_back(std::uint32_t(i));
}

std::uint32_t WordTable::value(QStringView word, std::uint32_t hash) const
{
    const Slot* s = find(word, hash);
    return s && s->length != 0 ? s->value : 0;
}

} // namespace chorus
