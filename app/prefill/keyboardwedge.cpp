#include "app/prefill/keyboardwedge.h"

#include <QRegularExpression>

namespace ow::prefill {

KeyboardWedgeDetector::KeyboardWedgeDetector()
    : KeyboardWedgeDetector(Options {})
{ }

KeyboardWedgeDetector::KeyboardWedgeDetector(Options options)
    : m_options(options)
{ }

void KeyboardWedgeDetector::reset()
{
    m_keys.clear();
}

KeyboardWedgeDetector::Result KeyboardWedgeDetector::feed(const QString& text, bool enter, qint64 timestampMs)
{
    Result r;
    if (!enter) {
        if (!text.isEmpty())
            m_keys.append({text, timestampMs});
        return r;
    }
    QString all;
    for (const Key& k : std::as_const(m_keys))
        all += k.text;
    r.text = all;
    r.kind = Kind::Typed;
    if (!m_keys.isEmpty()) {
        qint64 maxGap = 0;
        for (qsizetype i = 1; i < m_keys.size(); ++i)
            maxGap = std::max(maxGap, m_keys[i].at - m_keys[i - 1].at);
        r.maxGapMs = int(maxGap);
        r.durationMs = int(timestampMs - m_keys.first().at);
        const qint64 enterDelay = timestampMs - m_keys.last().at;
        static const QRegularExpression idShape(QStringLiteral("^[0-9]{17}[0-9Xx]$|^[0-9]+$"));
        const bool lengthOk = all.size() >= m_options.minLength && all.size() <= m_options.maxLength;
        // Time can run backwards between events from different devices; treat that as no burst.
        const bool monotonic = r.durationMs >= 0 && enterDelay >= 0;
        if (monotonic && lengthOk && maxGap <= m_options.maxInterKeyMs
            && enterDelay <= m_options.maxEnterDelayMs && idShape.match(all).hasMatch()) {
            r.kind = Kind::Scanner;
            r.text = all.toUpper();
        }
    }
    m_keys.clear();
    return r;
}

} // namespace ow::prefill
