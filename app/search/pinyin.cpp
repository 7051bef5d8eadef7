#include "app/search/pinyin.h"

#include "app/common/logging.h"

#include <QFile>
#include <QHash>

namespace ow::search {

namespace {

constexpr char16_t kFirst = 0x4E00;
constexpr char16_t kLast = 0x9FFF;

// One-character "readings" for Latin letters and digits.
constexpr char kAscii[] = "abcdefghijklmnopqrstuvwxyz0123456789";
const std::string_view kAsciiViews[36]
    = {{kAscii + 0, 1}, {kAscii + 1, 1}, {kAscii + 2, 1}, {kAscii + 3, 1}, {kAscii + 4, 1}, {kAscii + 5, 1},
        {kAscii + 6, 1}, {kAscii + 7, 1}, {kAscii + 8, 1}, {kAscii + 9, 1}, {kAscii + 10, 1},
        {kAscii + 11, 1}, {kAscii + 12, 1}, {kAscii + 13, 1}, {kAscii + 14, 1}, {kAscii + 15, 1},
        {kAscii + 16, 1}, {kAscii + 17, 1}, {kAscii + 18, 1}, {kAscii + 19, 1}, {kAscii + 20, 1},
        {kAscii + 21, 1}, {kAscii + 22, 1}, {kAscii + 23, 1}, {kAscii + 24, 1}, {kAscii + 25, 1},
        {kAscii + 26, 1}, {kAscii + 27, 1}, {kAscii + 28, 1}, {kAscii + 29, 1}, {kAscii + 30, 1},
        {kAscii + 31, 1}, {kAscii + 32, 1}, {kAscii + 33, 1}, {kAscii + 34, 1}, {kAscii + 35, 1}};

// Index into kAscii for a letter or digit (either case), else -1.
int asciiIndex(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'0' && c <= u'9')
        return 26 + (c - u'0');
    return -1;
}

} // namespace

const Pinyin& Pinyin::instance()
{
    static const Pinyin pinyin;
    return pinyin;
}

Pinyin::Pinyin()
{
    const std::size_t count = kLast - kFirst + 1;
    std::vector<std::vector<std::uint16_t>> perChar(count);
    QHash<QByteArray, std::uint16_t> ids;

    QFile file(QStringLiteral(":/data/pinyin.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCatalog) << "pinyin data missing:" << file.fileName();
    } else {
        const QByteArray data = file.readAll();
        for (const QByteArray& line : data.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            const QString ch = QString::fromUtf8(line.left(tab));
            if (ch.size() != 1 || ch.at(0).unicode() < kFirst || ch.at(0).unicode() > kLast)
                continue;
            auto& list = perChar[ch.at(0).unicode() - kFirst];
            for (const QByteArray& syllable : line.mid(tab + 1).split(',')) {
                if (syllable.isEmpty())
                    continue;
                auto it = ids.constFind(syllable);
                if (it == ids.cend()) {
                    it = ids.insert(syllable, std::uint16_t(m_syllables.size()));
                    m_syllables.emplace_back(syllable.constData(), std::size_t(syllable.size()));
                }
                list.push_back(*it);
            }
            ++m_characters;
        }
    }
    // m_syllables is complete and never changes again, so views into it stay valid.
    m_offsets.reserve(count + 1);
    for (const auto& list : perChar) {
        m_offsets.push_back(std::uint32_t(m_readings.size()));
        for (std::uint16_t id : list)
            m_readings.emplace_back(m_syllables[id]);
    }
    m_offsets.push_back(std::uint32_t(m_readings.size()));
}

const std::string_view* Pinyin::begin(char16_t c) const
{
    if (c < kFirst || c > kLast || m_readings.empty())
        return nullptr;
    return m_readings.data() + m_offsets[c - kFirst];
}

const std::string_view* Pinyin::end(char16_t c) const
{
    if (c < kFirst || c > kLast || m_readings.empty())
        return nullptr;
    return m_readings.data() + m_offsets[c - kFirst + 1];
}

bool Pinyin::hasReading(QChar c) const
{
    return begin(c.unicode()) != end(c.unicode());
}

QStringList Pinyin::readings(QChar c) const
{
    QStringList list;
    for (const std::string_view* r = begin(c.unicode()); r != end(c.unicode()); ++r)
        list << QString::fromLatin1(r->data(), qsizetype(r->size()));
    return list;
}

QString Pinyin::toPinyin(const QString& text, const QString& separator) const
{
    QStringList parts;
    QString latin;
    for (QChar c : text) {
        if (hasReading(c)) {
            if (!latin.isEmpty())
                parts << std::exchange(latin, QString());
            const std::string_view r = *begin(c.unicode());
            parts << QString::fromLatin1(r.data(), qsizetype(r.size()));
        } else if (asciiIndex(c.unicode()) >= 0) {
            latin += c.toLower();
        } else if (!latin.isEmpty()) {
            parts << std::exchange(latin, QString());
        }
    }
    if (!latin.isEmpty())
        parts << latin;
    return parts.join(separator);
}

QString Pinyin::initials(const QString& text) const
{
    QString out;
    for (QChar c : text) {
        if (hasReading(c))
            out += QLatin1Char(begin(c.unicode())->front());
        else if (asciiIndex(c.unicode()) >= 0)
            out += c.toLower();
    }
    return out;
}

std::uint64_t PinyinText::bit(char c)
{
    const int i = asciiIndex(char16_t(c));
    return i < 0 ? 0 : std::uint64_t(1) << i;
}

PinyinText::PinyinText(QStringView text)
{
    const Pinyin& pinyin = Pinyin::instance();
    m_units.reserve(std::size_t(text.size()));
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        Unit unit;
        if (const int a = asciiIndex(c); a >= 0) {
            unit.first = &kAsciiViews[a];
            unit.last = unit.first + 1;
        } else if (pinyin.begin(c) != pinyin.end(c)) {
            unit.first = pinyin.begin(c);
            unit.last = pinyin.end(c);
        } else {
            continue;
        }
        for (const std::string_view* r = unit.first; r != unit.last; ++r)
            unit.initials |= bit(r->front());
        m_allInitials |= unit.initials;
        m_units.push_back(unit);
    }
}

std::span<const std::string_view> PinyinText::readingsAt(qsizetype unit) const
{
    const Unit& u = m_units[std::size_t(unit)];
    return {u.first, u.last};
}

int PinyinText::matchInitials(std::string_view query, bool anchored) const
{
    const std::size_t n = m_units.size();
    const std::size_t m = query.size();
    if (m == 0 || m > n)
        return -1;
    const std::size_t lastStart = anchored ? 0 : n - m;
    for (std::size_t start = 0; start <= lastStart; ++start) {
        std::size_t i = 0;
        while (i < m && (m_units[start + i].initials & bit(query[i])))
            ++i;
        if (i == m)
            return int(start);
    }
    return -1;
}

bool PinyinText::fullFrom(std::size_t unit, std::string_view rest) const
{
    if (rest.empty())
        return true;
    if (unit >= m_units.size())
        return false;
    const Unit& u = m_units[unit];
    for (const std::string_view* r = u.first; r != u.last; ++r) {
        if (rest.size() <= r->size()) {
            if (r->substr(0, rest.size()) == rest) // the query ends inside this reading
                return true;
        } else if (rest.substr(0, r->size()) == *r && fullFrom(unit + 1, rest.substr(r->size()))) {
            return true;
        }
    }
    return false;
}

int PinyinText::matchFull(std::string_view query, bool anchored) const
{
    if (query.empty())
        return -1;
    const std::uint64_t first = bit(query.front());
    const std::size_t lastStart = anchored ? std::min<std::size_t>(1, m_units.size()) : m_units.size();
    for (std::size_t start = 0; start < lastStart; ++start) {
        if ((m_units[start].initials & first) && fullFrom(start, query))
            return int(start);
    }
    return -1;
}

std::string normalizePinyinQuery(QStringView query)
{
    std::string out;
    out.reserve(std::size_t(query.size()));
    for (QChar qc : query) {
        const char16_t c = qc.unicode();
        if (const int a = asciiIndex(c); a >= 0)
            out.push_back(kAscii[a]);
        else if (c == u' ' || c == u'\'' || c == u'\t')
            continue;
        else
            return {};
    }
    return out;
}

} // namespace ow::search
