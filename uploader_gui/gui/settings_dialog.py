"""Settings: where to upload, with which key, and how.

Keys and tokens go to the :class:`SecretStore` only (the field never echoes them, nothing logs
them); the other choices go to ``QSettings`` through :class:`AppSettings`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIB, MIN_CHUNK_SIZE
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.title_template import (
    PLACEHOLDERS,
    MetadataTemplate,
    parse_tags,
    render_title,
)
from uploader_gui.gui.app_settings import (
    DEFAULT_SPEED_LIMIT,
    MAX_PARALLEL,
    MAX_SPEED_LIMIT,
    MBIT,
    MIN_SPEED_LIMIT,
    SPEED_UNIT,
    AppSettings,
    UploadPreferences,
)
from uploader_gui.gui.appearance_choice import AppearanceBox
from uploader_gui.gui.connection_check import ConnectionChecker
from uploader_gui.gui.engine_jobs import EnvironmentAccess
from uploader_gui.gui.environment_words import (
    environment_explanation,
    kind_label,
    placeholder_words,
)
from uploader_gui.gui.part_size_box import PartSizeBox
from uploader_gui.gui.problem_words import error_words, reason_words
from uploader_gui.gui.scrolling_form import fit_to_screen, scrolling_body
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.theme import set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.translations import (
    QT_TRANSLATE_NOOP,
    SYSTEM,
    chosen_language,
    fill,
    language_name,
    shipped_languages,
    translate,
)

#: Turns a choice in the dialog into a place to upload to; raises ValueError with a reason.
EnvironmentResolver = Callable[[EnvironmentKind, str], Environment]

DEMO_KEY = "demo-key"
#: The translation context of the dialog's words.
CONTEXT = "SettingsDialog"
MSG_DEMO_KEY = QT_TRANSLATE_NOOP(
    "SettingsDialog", "The local demo needs no account: its key is filled in for you."
)
MSG_KEY_WHERE = QT_TRANSLATE_NOOP("SettingsDialog", "Keys are kept in %1.")
MSG_FIND_KEY = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Your API keys are in the api.video dashboard, under “API keys”:"
)
FIND_KEY_LINK = '<a href="https://dashboard.api.video/">dashboard.api.video</a>'
MSG_TESTING = QT_TRANSLATE_NOOP("SettingsDialog", "Testing…")
KEEP_AWAKE_LABEL = QT_TRANSLATE_NOOP("SettingsDialog", "Keep this computer awake while uploading")
MSG_TOKEN_HELP = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "An upload token lets this app upload videos without your API key, and nothing else: it "
    "cannot list your videos or follow their encoding, so earlier uploads are not looked for "
    "and a video shows as “Uploaded” rather than “Ready to watch”. The dashboard makes them, "
    "under “Upload tokens”; use one when someone shares a token with you.",
)
MSG_KEYRING_HELP = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Your computer’s password store (on Linux the “Secret Service”, such as GNOME Keyring or "
    "KWallet; on macOS the Keychain; on Windows the Credential Manager). It keeps the key "
    "locked with your login, and this app never writes it to a file or a log.",
)
MSG_LANGUAGE_NEXT_START = QT_TRANSLATE_NOOP(
    "SettingsDialog", "A new language shows the next time the app starts."
)


def tr(text: str) -> str:
    """The dialog's words in the creator's language."""
    return translate(CONTEXT, text)


@dataclass
class _Credential:
    secret: str
    use_token: bool
    touched: bool = False


class SettingsDialog(QDialog):
    def __init__(
        self,
        prefs: UploadPreferences,
        store: SecretStore,
        settings: AppSettings,
        resolve: EnvironmentResolver,
        *,
        lock_environment: str = "",
        keep_awake_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``keep_awake_note`` says why staying awake cannot work here (empty when it can)."""
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(520)
        self._store = store
        self._settings = settings
        self._resolve = resolve
        self._credentials: dict[str, _Credential] = {}
        self._current_name = ""
        self.result_prefs = prefs

        layout, outer = scrolling_body(self, self.windowTitle())

        where = QGroupBox(translate("SettingsDialog", "Where videos go"), self)
        where_form = QFormLayout(where)
        self.env_combo = QComboBox(where)
        for kind in EnvironmentKind:
            self.env_combo.addItem(kind_label(kind), kind.value)
        self.env_combo.setCurrentIndex(list(EnvironmentKind).index(prefs.environment))
        where_form.addRow(translate("SettingsDialog", "Environment"), self.env_combo)
        self.env_help = QLabel(where)
        self.env_help.setTextFormat(Qt.TextFormat.PlainText)
        self.env_help.setWordWrap(True)
        set_tone(self.env_help, Tone.MUTED)
        where_form.addRow("", self.env_help)
        self.url_edit = QLineEdit(prefs.custom_url, where)
        self.url_edit.setPlaceholderText("https://…")
        self.url_label = QLabel(translate("SettingsDialog", "Server address"), where)
        where_form.addRow(self.url_label, self.url_edit)
        if lock_environment:
            self.env_combo.setEnabled(False)
            self.url_edit.setEnabled(False)
            self.env_help.setText(lock_environment)
        self._lock_text = lock_environment
        layout.addWidget(where)

        cred = QGroupBox(translate("SettingsDialog", "Your api.video key"), self)
        cred_form = QFormLayout(cred)
        self.token_check = QCheckBox(
            translate("SettingsDialog", "Use an upload token instead of a key"), cred
        )
        self.token_check.setToolTip(tr(MSG_TOKEN_HELP))
        self.token_check.setWhatsThis(tr(MSG_TOKEN_HELP))
        self.token_check.setAccessibleDescription(tr(MSG_TOKEN_HELP))
        cred_form.addRow("", self.token_check)
        self.secret_label = QLabel(translate("SettingsDialog", "API key"), cred)
        key_row = QHBoxLayout()
        self.secret_edit = QLineEdit(cred)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(translate("SettingsDialog", "API key"))
        key_row.addWidget(self.secret_edit, 1)
        self.test_button = QPushButton(translate("SettingsDialog", "Test connection"), cred)
        key_row.addWidget(self.test_button)
        # One column under the field: hidden lines (the test result) then take no room.
        field = QVBoxLayout()
        field.addLayout(key_row)
        cred_form.addRow(self.secret_label, field)
        self.find_key = QLabel(tr(MSG_FIND_KEY) + " " + FIND_KEY_LINK, cred)
        self.find_key.setTextFormat(Qt.TextFormat.RichText)  # the app's own link, nothing else
        self.find_key.setWordWrap(True)
        self.find_key.setOpenExternalLinks(True)
        set_tone(self.find_key, Tone.MUTED)
        field.addWidget(self.find_key)
        # The test's answer quotes the server's error (or the address typed) as it is.
        self.test_result = QLabel(cred)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field.insertWidget(1, self.test_result)
        self.store_label = QLabel(cred)
        self.store_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote the keyring's error
        self.store_label.setWordWrap(True)
        set_tone(self.store_label, Tone.MUTED)
        warning = store.warning
        self.store_label.setText(
            shown(
                reason_words(warning)
                if warning is not None
                else fill(tr(MSG_KEY_WHERE), store.backend_description)
            )
        )
        self.store_label.setToolTip(tr(MSG_KEYRING_HELP))
        self.store_label.setWhatsThis(tr(MSG_KEYRING_HELP))
        if warning:
            set_tone(self.store_label, Tone.WARNING)
        field.addWidget(self.store_label)
        layout.addWidget(cred)

        upload = QGroupBox(translate("SettingsDialog", "Uploads"), self)
        upload_form = QFormLayout(upload)
        self.chunk_spin = PartSizeBox(upload)
        self.chunk_spin.setRange(MIN_CHUNK_SIZE // MIB, MAX_CHUNK_SIZE // MIB)
        self.chunk_spin.setValue(prefs.chunk_size // MIB)
        self.chunk_spin.setToolTip(
            translate(
                "SettingsDialog",
                "Large files are sent in parts of this size. Smaller parts lose less when the "
                "connection drops; larger parts need fewer requests.",
            )
        )
        upload_form.addRow(translate("SettingsDialog", "Part size"), self.chunk_spin)
        self.parallel_spin = QSpinBox(upload)
        self.parallel_spin.setRange(1, MAX_PARALLEL)
        self.parallel_spin.setValue(prefs.parallel_files)
        upload_form.addRow(translate("SettingsDialog", "Files at once"), self.parallel_spin)
        speed_row = QHBoxLayout()
        self.speed_check = QCheckBox(translate("SettingsDialog", "Limit upload speed"), upload)
        self.speed_check.setToolTip(
            translate(
                "SettingsDialog",
                "Keep some of your connection for other things. The limit covers all uploads "
                "together and applies at once, even to uploads already running.",
            )
        )
        self.speed_spin = QDoubleSpinBox(upload)
        # In Mbit/s, as the speeds the window shows and the internet plans people know.
        self.speed_spin.setRange(
            MIN_SPEED_LIMIT * SPEED_UNIT / MBIT, MAX_SPEED_LIMIT * SPEED_UNIT / MBIT
        )
        self.speed_spin.setDecimals(1)
        self.speed_spin.setSingleStep(1.0)
        self.speed_spin.setSuffix(" " + translate("SettingsDialog", "Mbit/s"))
        limited = prefs.speed_limit is not None
        self.speed_check.setChecked(limited)
        self.speed_spin.setValue(
            prefs.speed_limit / MBIT
            if prefs.speed_limit
            else DEFAULT_SPEED_LIMIT * SPEED_UNIT / MBIT
        )
        self.speed_spin.setEnabled(limited)
        self.speed_check.toggled.connect(self.speed_spin.setEnabled)
        speed_row.addWidget(self.speed_check)
        speed_row.addWidget(self.speed_spin)
        speed_row.addStretch(1)
        upload_form.addRow(translate("SettingsDialog", "Speed"), speed_row)
        self.notify_check = QCheckBox(
            translate(
                "SettingsDialog", "Notify me when a video is ready to watch or an upload fails"
            ),
            upload,
        )
        self.notify_check.setChecked(prefs.notifications)
        upload_form.addRow("", self.notify_check)
        self.awake_check = QCheckBox(tr(KEEP_AWAKE_LABEL), upload)
        self.awake_check.setChecked(prefs.keep_awake)
        self.awake_check.setToolTip(
            keep_awake_note
            or translate(
                "SettingsDialog",
                "A computer that goes to sleep stops its uploads; they continue when it wakes.",
            )
        )
        upload_form.addRow("", self.awake_check)
        if keep_awake_note:
            self.awake_note = QLabel(keep_awake_note, upload)
            set_tone(self.awake_note, Tone.MUTED)
            upload_form.addRow("", self.awake_note)
        layout.addWidget(upload)

        # What new videos get, per environment, until changed for one of them.
        news = QGroupBox(translate("SettingsDialog", "New videos in this environment"), self)
        news_form = QFormLayout(news)
        self.title_pattern_edit = QLineEdit(news)
        self.title_pattern_edit.setPlaceholderText("{name}")
        self.title_pattern_edit.setToolTip(
            translate("SettingsDialog", "Words in braces are filled in for each file:")
            + "\n"
            + "\n".join(f"{k}  {placeholder_words(k)}" for k in PLACEHOLDERS)
        )
        news_form.addRow(translate("SettingsDialog", "Title"), self.title_pattern_edit)
        self.title_example = QLabel(news)
        self.title_example.setTextFormat(Qt.TextFormat.PlainText)  # the pattern as typed
        set_tone(self.title_example, Tone.MUTED)
        news_form.addRow("", self.title_example)
        self.default_tags_edit = QLineEdit(news)
        self.default_tags_edit.setPlaceholderText(
            translate("SettingsDialog", "Comma-separated, e.g. travel, 2026")
        )
        news_form.addRow(translate("SettingsDialog", "Tags"), self.default_tags_edit)
        self.default_public_check = QCheckBox(
            translate("SettingsDialog", "Public: anyone with the link can watch"), news
        )
        news_form.addRow("", self.default_public_check)
        layout.addWidget(news)
        layout.addWidget(self._build_language(prefs.language))
        self.appearance_box = AppearanceBox(prefs.appearance, self)
        layout.addWidget(self.appearance_box)
        self._templates: dict[str, MetadataTemplate] = {}
        self._template_name = ""
        self.title_pattern_edit.textChanged.connect(self._show_title_example)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.buttons = buttons

        self._testing = False
        self.checker = ConnectionChecker(self)
        self.checker.finished.connect(self._tested)
        self.test_button.clicked.connect(self.test_connection)
        self.env_combo.currentIndexChanged.connect(self._environment_changed)
        self.url_edit.editingFinished.connect(self._environment_changed)
        self.token_check.toggled.connect(self._token_toggled)
        self.secret_edit.textEdited.connect(self._secret_edited)
        self._environment_changed()
        # Qt would cap the first size at two thirds of the screen and squeeze the wrapped
        # explanations; the form is shown whole where the screen is tall enough.
        fit_to_screen(self, 560)

    def _build_language(self, current: str) -> QGroupBox:
        """The language of the window: the system's (named, so one knows what it is) or one
        of the languages shipped, each named in itself."""
        box = QGroupBox(translate("SettingsDialog", "Language"), self)
        form = QFormLayout(box)
        self.language_combo = QComboBox(box)
        shipped = shipped_languages()
        system = chosen_language(SYSTEM, QLocale.system().uiLanguages(), shipped)
        self.language_combo.addItem(
            fill(translate("SettingsDialog", "System language (%1)"), language_name(system)), SYSTEM
        )
        for code in shipped:
            self.language_combo.addItem(language_name(code), code)
        index = self.language_combo.findData(current if current in shipped else SYSTEM)
        self.language_combo.setCurrentIndex(max(index, 0))
        form.addRow(translate("SettingsDialog", "Show the app in"), self.language_combo)
        note = QLabel(tr(MSG_LANGUAGE_NEXT_START), box)
        note.setWordWrap(True)
        set_tone(note, Tone.MUTED)
        form.addRow("", note)
        return box

    def select_environment(self, kind: EnvironmentKind) -> None:
        self.env_combo.setCurrentIndex(list(EnvironmentKind).index(kind))

    # -- reading the form ----------------------------------------------------------------
    @property
    def kind(self) -> EnvironmentKind:
        # Stored as the plain value: Qt hands a str-based enum back as a bare str.
        return EnvironmentKind(str(self.env_combo.currentData()))

    def environment(self) -> Environment:
        """The chosen environment; ValueError with a reason if the address is unusable."""
        return self._resolve(self.kind, self.url_edit.text())

    def connection(self) -> EnvironmentAccess:
        env = self.environment()
        secret = self.secret_edit.text().strip()
        if self.kind is EnvironmentKind.DEMO:
            return EnvironmentAccess(env, api_key=DEMO_KEY)
        if self.token_check.isChecked():
            return EnvironmentAccess(env, upload_token=secret or None)
        return EnvironmentAccess(env, api_key=secret or None)

    # -- reacting ------------------------------------------------------------------------
    def _environment_changed(self) -> None:
        kind = self.kind
        custom = kind is EnvironmentKind.CUSTOM
        self.url_edit.setVisible(custom)
        self.url_label.setVisible(custom)
        if not self._lock_text:
            self.env_help.setText(environment_explanation(kind))
        self._show_result("")
        try:
            name = self.environment().keyring_name
        except ValueError as exc:
            # An address not typed yet is not a mistake: the field's placeholder asks for it.
            if not (custom and not self.url_edit.text().strip()):
                self._show_result(error_words(exc))
            name = ""
        self._current_name = name
        self._switch_template(name)
        demo = kind is EnvironmentKind.DEMO
        self.token_check.setEnabled(not demo)
        self.secret_edit.setReadOnly(demo)
        if demo:
            self.token_check.setChecked(False)
            self.secret_edit.setText(DEMO_KEY)
            self._show_result(tr(MSG_DEMO_KEY))
            return
        cred = self._credentials.get(name) if name else None
        if cred is None and name:
            use_token = self._settings.uses_upload_token(name)
            stored = (
                self._store.get_upload_token(name) if use_token else self._store.get_api_key(name)
            )
            cred = _Credential(stored or "", use_token)
            self._credentials[name] = cred
        self.token_check.blockSignals(True)
        self.token_check.setChecked(cred.use_token if cred else False)
        self.token_check.blockSignals(False)
        self._label_secret()
        self.secret_edit.setText(cred.secret if cred else "")

    # -- templates for new videos --------------------------------------------------------
    def template(self) -> MetadataTemplate:
        """The template as the form shows it now."""
        return MetadataTemplate(
            title_pattern=self.title_pattern_edit.text().strip() or "{name}",
            tags=tuple(parse_tags(self.default_tags_edit.text())),
            public=self.default_public_check.isChecked(),
        )

    def _switch_template(self, name: str) -> None:
        if self._template_name:
            self._templates[self._template_name] = self.template()
        self._template_name = name
        template = self._templates.get(name) or self._settings.template(name or "none")
        self.title_pattern_edit.setText(template.title_pattern)
        self.default_tags_edit.setText(", ".join(template.tags))
        self.default_public_check.setChecked(template.public)
        self._show_title_example()

    def _show_title_example(self) -> None:
        sample = Path("Holiday videos") / "day_2_beach.mp4"
        title = render_title(self.title_pattern_edit.text().strip() or "{name}", sample, 2)
        self.title_example.setText(
            fill(translate("SettingsDialog", "%1 → “%2”"), sample.name, shown(title))
        )

    def _token_toggled(self, use_token: bool) -> None:
        self._label_secret()
        name = self._current_name
        if not name:
            return
        stored = self._store.get_upload_token(name) if use_token else self._store.get_api_key(name)
        self._credentials[name] = _Credential(stored or "", use_token, touched=True)
        self.secret_edit.setText(stored or "")
        self._show_result("")

    def _secret_edited(self, text: str) -> None:
        name = self._current_name
        if name and self.kind is not EnvironmentKind.DEMO:
            self._credentials[name] = _Credential(text.strip(), self.token_check.isChecked(), True)
        self._show_result("")

    def _label_secret(self) -> None:
        label = (
            translate("SettingsDialog", "Upload token")
            if self.token_check.isChecked()
            else translate("SettingsDialog", "API key")
        )
        self.secret_label.setText(label)
        self.secret_edit.setAccessibleName(label)

    def test_connection(self) -> None:
        try:
            connection = self.connection()
        except ValueError as exc:
            self._tested(False, error_words(exc))
            return
        if self._testing:
            return
        # The button stays enabled (a disabled button hands the keyboard focus to the next
        # field, where typing would change the part size); a second press waits for the first.
        self._testing = True
        self._show_result(tr(MSG_TESTING))
        self.checker.start(connection)

    def _tested(self, ok: bool, message: str) -> None:
        self._testing = False
        self._show_result(("✓ " if ok else "✕ ") + message, Tone.OK if ok else Tone.ERROR)

    def _show_result(self, text: str, tone: Tone = Tone.MUTED) -> None:
        set_tone(self.test_result, tone)
        self.test_result.setText(shown(text))
        self.test_result.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (as far as the screen allows) to show every wrapped line of a new message,
        rather than leave the lines below it (the dashboard link) out of sight; never shrink
        what the person sized."""
        before = self.size()
        fit_to_screen(self, before.width())
        if self.height() < before.height():
            self.resize(self.width(), before.height())

    # -- saving --------------------------------------------------------------------------
    def speed_limit(self) -> float | None:
        """The chosen cap in bytes per second, None when off."""
        if not self.speed_check.isChecked():
            return None
        return self.speed_spin.value() * MBIT

    def accept(self) -> None:
        try:
            env = self.environment()
        except ValueError as exc:
            self._tested(False, error_words(exc))
            return
        for name, cred in self._credentials.items():
            if not cred.touched:
                continue
            self._settings.set_uses_upload_token(name, cred.use_token)
            if cred.use_token:
                if cred.secret:
                    self._store.set_upload_token(name, cred.secret)
                else:
                    self._store.delete_upload_token(name)
            elif cred.secret:
                self._store.set_api_key(name, cred.secret)
            else:
                self._store.delete_api_key(name)
        if self._template_name:
            self._templates[self._template_name] = self.template()
        for name, template in self._templates.items():
            self._settings.set_template(name, template)
        custom_url = env.base_url if env.kind is EnvironmentKind.CUSTOM else self.url_edit.text()
        self.result_prefs = UploadPreferences(
            environment=self.kind,
            custom_url=custom_url.strip(),
            chunk_size=self.chunk_spin.value() * MIB,
            parallel_files=self.parallel_spin.value(),
            notifications=self.notify_check.isChecked(),
            speed_limit=self.speed_limit(),
            keep_awake=self.awake_check.isChecked(),
            language=str(self.language_combo.currentData() or SYSTEM),
            appearance=self.appearance_box.appearance,
        )
        self._settings.save(self.result_prefs)
        super().accept()
