#pragma once

#include <QCompleter>

#include <memory>

class QLineEdit;
class QStringListModel;

namespace ow::prefill {
class Autocomplete;
}

namespace ow::ui {

// Suggestions from the values of past cases for one free-text field: as the clerk types, the newest past
// values starting with the text so far pop up under the line edit (Down, Enter to take one).
class SuggestionCompleter final : public QCompleter
{
    Q_OBJECT
public:
    SuggestionCompleter(
        std::shared_ptr<const prefill::Autocomplete> source, const QString& fieldId, QLineEdit* input);

    QString fieldId() const { return m_fieldId; }
    // Reads the suggestions for `prefix` again (done by itself on every edit).
    void refresh(const QString& prefix);

private:
    std::shared_ptr<const prefill::Autocomplete> m_source;
    QString m_fieldId;
    QStringListModel* m_model = nullptr;
};

} // namespace ow::ui
