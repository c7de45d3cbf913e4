#include "gazetteer.h"

#include <atomic>

#include <QFile>

namespace chorus {

std::uint64_t Gazetteer::nextSerial()
{
    static std::atomic<std::uint64_t> next{1};
    return next++;
}

namespace {
constexpr auto kBuiltInPath = ":/chorus/anonymiser/gazetteer.tsv";
// Every flag of Gazetteer::Flag: a line with any other bit is from a different format.
constexpr std::uint32_t kKnownFlags = (Gazetteer::LatePlace << 1) - 1; // the highest flag
} // namespace

Result<Gazetteer> Gazetteer::parse(QByteArrayView data, const QString& origin)
{
    Gazetteer g;
    qsizetype lineNo = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0) {
            end = data.size();
        }
        QByteArrayView line = data.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const qsizetype tab = line.indexOf('\t');
        bool ok = tab > 0;
        const std::uint32_t flags = ok ? line.sliced(tab + 1).toUInt(&ok) : 0;
        if (!ok || flags == 0 || (flags & ~kKnownFlags) != 0) {
            return makeError(Error::Code::Invalid,
                             QStringLiteral("%1, line %2: expected \"word<TAB>flags\" with flags "
                                            "from 1 to %3")
                                 .arg(origin)
                                 .arg(lineNo)
                                 .arg(kKnownFlags));
        }
        g.add(QString::fromUtf8(line.first(tab)), flags);
    }
    return g;
}

Result<Gazetteer> Gazetteer::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            f.exists() ? Error::Code::Io : Error::Code::NotFound,
            QStringLiteral("cannot read the gazetteer %1: %2").arg(path, f.errorString()));
    }
    return parse(f.readAll(), path);
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::builtIn()
{
    static const Result<std::shared_ptr<const Gazetteer>> loaded =
        []() -> Result<std::shared_ptr<const Gazetteer>> {
        auto g = fromFile(QString::fromLatin1(kBuiltInPath));
        if (!g) {
            return g.error();
        }
        return std::make_shared<const Gazetteer>(std::move(g).value());
    }();
    return loaded;
}

qsizetype Gazetteer::count(std::uint32_t flags) const
{
    qsizetype n = 0;
    auto tally = [&](QStringView, std::uint32_t v) {
        if ((v & flags) == flags) {
            ++n;
        }
    };
    m_words.forEach(tally);
    m_wide.forEach(tally);
    return n;
}

} // namespace chorus
