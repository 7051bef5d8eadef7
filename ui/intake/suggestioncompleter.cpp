#include "ui/intake/suggestioncompleter.h"

#include "app/prefill/autocomplete.h"

#include <QLineEdit>
#include <QStringListModel>

namespace ow::ui {

SuggestionCompleter::SuggestionCompleter(
    std::shared_ptr<const prefill::Autocomplete> source, const QString& fieldId, QLineEdit* input)
    : QCompleter(input)
    , m_source(std::move(source))
    , m_fieldId(fieldId)
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("suggestions_") + QString(fieldId).replace(u'.', u'_'));
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(8);
    input->setCompleter(this);
    // The prefix range of one index (prefill_vocabulary): well under a millisecond, fine on the GUI thread.
    connect(input, &QLineEdit::textEdited, this, &SuggestionCompleter::refresh);
}

void SuggestionCompleter::refresh(const QString& prefix)
{
    if (prefix.trimmed().isEmpty()) {
        m_model->setStringList({});
        return;
    }
    auto found = m_source->suggestions(m_fieldId, prefix, maxVisibleItems());
    m_model->setStringList(found ? *found : QStringList());
}

} // namespace ow::ui
