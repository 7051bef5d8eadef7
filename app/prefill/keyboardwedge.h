#pragma once

#include <QList>
#include <QString>

namespace ow::prefill {

// Tells a barcode/ID scanner in keyboard-wedge mode from a person typing. A scanner "types" the 18-character
// number in a burst (a few milliseconds per key) and ends it with Enter; people type tens to hundreds of
// milliseconds apart. Pure logic over key timestamps: the UI feeds every key press of a field (QKeyEvent's
// text and timestamp) and acts on the classification returned for Enter.
class KeyboardWedgeDetector
{
public:
    struct Options
    {
        int maxInterKeyMs = 35; // a gap longer than this between keys is a person
        int maxEnterDelayMs = 80; // Enter must follow the last character this quickly
        int minLength = 18; // the scanned payload: an 18-character resident ID number
        int maxLength = 18;
    };

    enum class Kind {
        Pending, // not decided yet (no Enter so far)
        Scanner, // a burst of exactly one ID-number-shaped payload, ended by Enter
        Typed // Enter after input that was typed by hand (or is not an ID number)
    };

    struct Result
    {
        Kind kind = Kind::Pending;
        QString text; // the characters since the last Enter (the scanned number for Scanner)
        int maxGapMs = 0; // the longest gap between two characters of the burst
        int durationMs = 0; // from the first character to Enter
    };

    KeyboardWedgeDetector();
    explicit KeyboardWedgeDetector(Options options);

    // Feeds one key press: `text` is the character(s) it produced ("" for keys without text), `enter` is
    // true for Return/Enter, `timestampMs` the event's time. Returns Pending until Enter, then the
    // classification of everything since the previous Enter (and starts over).
    Result feed(const QString& text, bool enter, qint64 timestampMs);
    // Forgets the keys seen so far (focus moved to another field).
    void reset();

    const Options& options() const { return m_options; }

private:
    struct Key
    {
        QString text;
        qint64 at;
    };
    Options m_options;
    QList<Key> m_keys;
};

} // namespace ow::prefill
