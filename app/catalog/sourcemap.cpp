#include "app/catalog/sourcemap.h"

namespace ow::catalog {

SourceMap SourceMap::single(const QString& file)
{
    SourceMap map;
    map.add(QString(), file, QString());
    return map;
}

void SourceMap::add(const QString& pointer, const QString& file, const QString& filePointer)
{
    m_spans.append({pointer, file, filePointer});
}

QString SourceMap::where(const QString& pointer) const
{
    const Span* best = nullptr;
    for (const Span& s : m_spans) {
        const bool matches = s.pointer.isEmpty() || pointer == s.pointer
            || (pointer.startsWith(s.pointer) && pointer.at(s.pointer.size()) == u'/');
        if (matches && (!best || s.pointer.size() > best->pointer.size()))
            best = &s;
    }
    if (!best)
        return pointer.isEmpty() ? QStringLiteral("/") : pointer;
    const QString inFile = best->filePointer + pointer.mid(best->pointer.size());
    return best->file + QStringLiteral(": ") + (inFile.isEmpty() ? QStringLiteral("/") : inFile);
}

QString pointerToken(const QString& token)
{
    QString t = token;
    t.replace(u'~', QStringLiteral("~0"));
    t.replace(u'/', QStringLiteral("~1"));
    return t;
}

QString pointerChild(const QString& pointer, const QString& key)
{
    return pointer + u'/' + pointerToken(key);
}

QString pointerChild(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

} // namespace ow::catalog
