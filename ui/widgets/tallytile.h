#pragma once

#include <QPushButton>

class QLabel;

namespace ow::ui {

class HeadingLabel;

// A count with its caption as one large button ("4 / 今日受理"): the whole tile takes the click, the keyboard
// focus and the accessible name. The number follows the application's font scale.
class TallyTile final : public QPushButton
{
    Q_OBJECT
public:
    explicit TallyTile(QWidget* parent = nullptr);

    void setCount(int count);
    void setCaption(const QString& caption);
    // Marks a non-zero count as needing the clerk (a warning sign before the caption).
    void setAttention(bool attention);
    int count() const { return m_count; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    void refresh();

    HeadingLabel* m_number = nullptr;
    QLabel* m_caption = nullptr;
    QString m_captionText;
    int m_count = 0;
    bool m_attention = false;
};

} // namespace ow::ui
