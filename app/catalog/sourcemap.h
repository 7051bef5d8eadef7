#pragma once

#include <QList>
#include <QString>

namespace ow::catalog {

// Where each part of a merged catalog document came from, so an error in "/items/7/fields/2" can name
// "items/birth.json: /items/2/fields/2". Spans are matched by the longest JSON-pointer prefix.
class SourceMap
{
public:
    // A merged document read from one file: every pointer maps to itself in that file.
    static SourceMap single(const QString& file);

    void add(const QString& pointer, const QString& file, const QString& filePointer);
    // "file.json: /path/to/node" for a pointer into the merged document.
    QString where(const QString& pointer) const;
    bool isEmpty() const { return m_spans.isEmpty(); }

private:
    struct Span
    {
        QString pointer;
        QString file;
        QString filePointer;
    };
    QList<Span> m_spans;
};

// Escapes one JSON-pointer token (RFC 6901: "~" → "~0", "/" → "~1").
QString pointerToken(const QString& token);
// pointer + "/" + token (escaped) or + "/" + index.
QString pointerChild(const QString& pointer, const QString& key);
QString pointerChild(const QString& pointer, qsizetype index);

} // namespace ow::catalog
