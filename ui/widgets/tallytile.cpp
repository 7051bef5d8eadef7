#include "ui/widgets/tallytile.h"

#include "ui/widgets/headinglabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {

TallyTile::TallyTile(QWidget* parent)
    : QPushButton(parent)
{
    m_number = new HeadingLabel(QString(), 2.0, this);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setWordWrap(false);
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    for (QWidget* w : {static_cast<QWidget*>(m_number), static_cast<QWidget*>(m_caption)})
        w->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_number);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    refresh();
}

void TallyTile::setCount(int count)
{
    m_count = count;
    refresh();
}

void TallyTile::setCaption(const QString& caption)
{
    m_captionText = caption;
    refresh();
}

void TallyTile::setAttention(bool attention)
{
    m_attention = attention;
    refresh();
}

QSize TallyTile::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 12, 0));
}

void TallyTile::refresh()
{
    const bool warn = m_attention && m_count > 0;
    m_number->setText(QString::number(m_count));
    m_caption->setText(warn ? QStringLiteral("⚠ ") + m_captionText : m_captionText);
    setAccessibleName(QStringLiteral("%1 %2").arg(m_count).arg(m_captionText));
    updateGeometry();
}

} // namespace ow::ui
