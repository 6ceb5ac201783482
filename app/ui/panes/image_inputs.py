"""Small inputs of the image pane: a drop zone for the init image and the mask (drag and drop or
a file picker, a thumbnail made off the GUI thread, a clear button), and the brand kit's style
words as chips that add a word to the prompt only when clicked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.core.i18n import tr

THUMB = 88
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"}


def local_images(mime) -> list[str]:
    """The local image files in a drag's data, in order."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]


def read_thumbnail(path: str) -> QImage:
    """A small picture of an image file (runs in the pool; QImage is fine off the GUI thread)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    return image


class ImageDrop(QFrame):
    """Drop an image here, or choose one; `changed(path)` ("" when cleared)."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, title: str, empty_text: str, background, parent=None):
        super().__init__(parent)
        self.background = background
        self.title = title
        self.empty_text = empty_text
        self.path = ""
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.setToolTip(tr("Drop an image file here"))
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setWordWrap(True)
        self.thumb.setStyleSheet("background: palette(base); color: palette(mid);")
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose\u2026"))
        self.choose_button.setAccessibleName(tr("Choose the file: {what}", what=title))
        self.choose_button.clicked.connect(self._choose)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setAccessibleName(tr("Clear: {what}", what=title))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.name, 1)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.thumb)
        layout.addLayout(side, 1)
        self._show_empty()

    def _show_empty(self) -> None:
        self.thumb.setPixmap(QPixmap())
        self.thumb.setText(tr("Drop here"))
        self.name.setText(self.empty_text)
        self.clear_button.setEnabled(False)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.title, str(Path.home()),
            tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        if not path:
            self.clear()
            return
        self.path = str(Path(path))
        self.name.setText(Path(path).name)
        self.thumb.setText(tr("Loading\u2026"))
        self.clear_button.setEnabled(True)
        self.background.run(lambda p=self.path: read_thumbnail(p),
                            lambda image, error, p=self.path: self._thumbnail(p, image, error))
        self.changed.emit(self.path)

    def _thumbnail(self, path: str, image, error) -> None:
        if path != self.path:
            return  # replaced meanwhile
        if error is not None:
            self.path = ""
            self._show_empty()
            self.failed.emit(tr("{name} is not an image Vitrine can read.",
                                name=Path(path).name))
            self.changed.emit("")
            return
        self.thumb.setText("")
        self.thumb.setPixmap(QPixmap.fromImage(image))

    def clear(self) -> None:
        had = bool(self.path)
        self.path = ""
        self._show_empty()
        if had:
            self.changed.emit("")

    # --- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if local_images(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = local_images(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_path(files[0])


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to the next line when the width runs out (chips)."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def addWidget(self, widget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line:
                x, y = rect.x(), y + line + gap
                line = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()


class StyleChips(QWidget):
    """The brand kit's style words, each a button that adds it to the prompt (never silently);
    a word already in the prompt has its chip disabled."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.buttons: list[QPushButton] = []
        self.flow = FlowLayout(self)
        self.label = QLabel(tr("Brand style:"))
        self.flow.addWidget(self.label)
        self.setAccessibleName(tr("Brand style words"))

    def set_words(self, words: list[str]) -> None:
        for button in self.buttons:
            index = self.flow.indexOf(button)
            if index >= 0:
                self.flow.takeAt(index)
            button.deleteLater()
        self.words = [w.strip() for w in words if w.strip()]
        self.buttons = []
        for word in self.words:
            button = QPushButton(f"+ {word}")
            button.setAccessibleName(tr("Add \u201c{word}\u201d to the prompt", word=word))
            button.setToolTip(tr("Add \u201c{word}\u201d to the prompt", word=word))
            button.clicked.connect(lambda _=False, w=word: self.chosen.emit(w))
            self.flow.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.words))
        self.flow.invalidate()

    def update_for(self, prompt: str) -> None:
        text = prompt.lower()
        for word, button in zip(self.words, self.buttons, strict=True):
            button.setEnabled(word.lower() not in text)
