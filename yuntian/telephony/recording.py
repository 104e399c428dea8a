"""Call recording: one line's sound input, from a start to a stop, into a FLAC file.

Files go under the profile's ``recordings/YYYY/MM/`` as ``20261127-093000-line1.flac``, mono
16-bit at telephone rates (8 kHz, else 16 kHz, else whatever the sound card gives). The audio
callback only queues blocks; a writer thread per recording opens the input, writes the file and
closes both, so ``start`` and ``stop`` cost the calling (GUI) thread next to nothing.

``sounddevice`` and ``soundfile`` are imported only when a line records: without PortAudio or a
sound card, :meth:`AudioInputs.why_unavailable` says so in plain words and the rest of the
application carries on. The audio source is injectable (tests feed a generated tone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.private_files import private_dir, private_file

log = logging.getLogger(__name__)

RATES = (8000, 16000)  # telephone audio; a card that offers neither records at its own rate
MAX_SECONDS = 4 * 3600  # a call whose end never comes still stops recording
SUFFIX = ".flac"

# Reasons shown to the user (the UI translates them with the context "Recording").
NO_PORTAUDIO = QT_TRANSLATE_NOOP(
    "Recording",
    "Calls cannot be recorded: the sound library PortAudio is not installed on this PC "
    "(on Debian or Ubuntu: apt install libportaudio2).",
)
NO_SOUNDFILE = QT_TRANSLATE_NOOP(
    "Recording", "Calls cannot be recorded: the soundfile package cannot be loaded."
)
NO_INPUT = QT_TRANSLATE_NOOP(
    "Recording", "Calls cannot be recorded: this PC has no sound input (microphone or line in)."
)
OPEN_FAILED = QT_TRANSLATE_NOOP(
    "Recording", "The line's sound input could not be opened: is it plugged in and free?"
)
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Recording", "The recording could not be written: is the disk full or read-only?"
)

Block = bytes  # 16-bit signed little-endian mono samples
OnBlock = Callable[[Block], None]
OnError = Callable[[int, str], None]  # (line, reason); called on the writer thread


class AudioStream(Protocol):
    """A running capture: delivers blocks to its ``on_block`` until closed."""

    samplerate: int

    def close(self) -> None: ...


class AudioSource(Protocol):
    """Where recordings get their sound (the sound card; a tone in tests)."""

    def why_unavailable(self) -> str | None: ...

    def open(self, device: int | str, on_block: OnBlock) -> AudioStream: ...


@dataclass(frozen=True)
class InputDevice:
    """A sound input as the settings list it; ``key`` is what ``audio_input`` stores."""

    index: int
    name: str
    hostapi: str
    channels: int

    @property
    def key(self) -> str:
        # sounddevice matches "name, host API" exactly; a bare name may exist once per host API.
        return f"{self.name}, {self.hostapi}"


class AudioOpenError(Exception):
    """The sound input could not be opened (unplugged, busy, no such device, no PortAudio).
    ``reason`` is for the user, the message for the log."""

    def __init__(self, detail: str, reason: str = OPEN_FAILED) -> None:
        super().__init__(detail)
        self.reason = reason


class SoundDeviceSource:
    """The sound card through ``sounddevice`` (PortAudio), imported on first use."""

    def __init__(self) -> None:
        self._sd: Any = None
        self._problem: str | None = None
        self._checked = False

    def _module(self) -> Any:
        if not self._checked:
            self._checked = True
            try:
                import soundfile  # noqa: F401  (the writer needs it; check it loads with us)
            except (ImportError, OSError):
                log.warning("soundfile cannot be loaded", exc_info=True)
                self._problem = NO_SOUNDFILE
            try:
                import sounddevice
            except (ImportError, OSError):  # OSError: "PortAudio library not found"
                log.warning("sounddevice cannot be loaded", exc_info=True)
                self._problem = self._problem or NO_PORTAUDIO
            else:
                self._sd = sounddevice
        return self._sd

    def why_unavailable(self) -> str | None:
        """None when calls can be recorded, else why not, in plain words."""
        self._module()
        if self._problem:
            return self._problem
        return None if self.input_devices() else NO_INPUT

    def input_devices(self) -> list[InputDevice]:
        """The sound inputs PortAudio knows (as of its start; empty when it is missing)."""
        sd = self._module()
        if sd is None:
            return []
        try:
            hostapis = sd.query_hostapis()
            devices = sd.query_devices()
        except Exception:  # a broken audio stack must not take the settings down
            log.warning("cannot list sound devices", exc_info=True)
            return []
        return [
            InputDevice(i, d["name"], hostapis[d["hostapi"]]["name"], d["max_input_channels"])
            for i, d in enumerate(devices)
            if d["max_input_channels"] > 0
        ]

    def open(self, device: int | str, on_block: OnBlock) -> AudioStream:
        sd = self._module()
        if sd is None:
            problem = self._problem or NO_PORTAUDIO
            raise AudioOpenError(problem, problem)
        try:
            info = sd.query_devices(device, "input")
            rates = [*RATES, int(info["default_samplerate"])]
            rate = next(r for r in rates if _supports(sd, device, r))
        except (ValueError, StopIteration, sd.PortAudioError) as exc:
            raise AudioOpenError(f"{device!r}: {exc}") from exc

        def callback(indata: Any, frames: int, time: Any, status: Any) -> None:
            on_block(bytes(indata))  # only queue: the writer thread does the rest

        try:
            stream = sd.RawInputStream(
                samplerate=rate,
                device=device,
                channels=1,
                dtype="int16",
                latency="high",  # a busy GUI thread (the GIL) must not make it drop sound
                callback=callback,
            )
            stream.start()
        except (ValueError, sd.PortAudioError) as exc:
            raise AudioOpenError(f"{device!r}: {exc}") from exc
        return _SoundDeviceStream(stream, rate)


def _supports(sd: Any, device: int | str, rate: int) -> bool:
    try:
        sd.check_input_settings(device=device, channels=1, dtype="int16", samplerate=rate)
    except (ValueError, sd.PortAudioError):
        return False
    return True


class _SoundDeviceStream:
    def __init__(self, stream: Any, samplerate: int) -> None:
        self._stream = stream
        self.samplerate = samplerate

    def close(self) -> None:
        if self._stream.closed:
            return
        try:
            self._stream.abort()  # drop what is still buffered: quicker than stop()
        finally:
            self._stream.close()


class Recorder:
    """Records the station's lines, at most one recording per line at a time.

    ``root`` is the profile's ``recordings`` folder; ``clock`` gives the local time that names
    the files. ``on_error(line, reason)`` is called on the writer thread when a recording
    fails (the input cannot be opened, the disk is full); the owner may set it later."""

    def __init__(
        self,
        root: Path,
        source: AudioSource | None = None,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        on_error: OnError | None = None,
        max_seconds: float = MAX_SECONDS,
    ) -> None:
        self.root = Path(root)
        self.source: AudioSource = source if source is not None else SoundDeviceSource()
        self._clock = clock
        self.on_error = on_error
        self._max_seconds = max_seconds
        self._active: dict[int, _Writer] = {}
        self._finishing: list[_Writer] = []
        self._lock = threading.Lock()

    def why_unavailable(self) -> str | None:
        """None when calls can be recorded, else why not (may load PortAudio: call it once,
        not on every ring)."""
        return self.source.why_unavailable()

    def is_recording(self, line: int) -> bool:
        writer = self._active.get(line)
        return writer is not None and writer.error is None

    def start(self, line: int, device: int | str) -> str:
        """Start recording ``line`` from the sound input ``device``; returns the file's path
        relative to ``root``. Already recording the line: nothing changes, same path."""
        with self._lock:
            writer = self._active.get(line)
            if writer is not None:
                return writer.relative
            relative = self._free_name(line)
            writer = _Writer(
                line, device, self.root, relative, self.source, self._failed, self._max_seconds
            )
            self._active[line] = writer
        writer.start()
        return relative

    def stop(self, line: int, timeout: float = 0.0) -> str | None:
        """Stop recording ``line``; returns the recording's relative path, or None when the
        line was not recording or the recording failed (no file). Waits up to ``timeout``
        seconds for the file to be complete (0: return at once, the writer finishes it)."""
        with self._lock:
            writer = self._active.pop(line, None)
            if writer is None:
                return None
            self._finishing = [w for w in self._finishing if w.is_alive()]
            self._finishing.append(writer)
        writer.request_stop()
        if timeout > 0:
            writer.join(timeout)
        return None if writer.error else writer.relative

    def stop_all(self, timeout: float = 2.0) -> dict[int, str | None]:
        """Stop every line and wait (up to ``timeout`` in all) for the files to be complete;
        returns the relative path per line, None where the recording failed."""
        with self._lock:
            writers = list(self._active.values())
        for writer in writers:
            self.stop(writer.line)
        self.wait(timeout)
        return {w.line: None if w.error else w.relative for w in writers}

    def wait(self, timeout: float = 2.0) -> bool:
        """Wait up to ``timeout`` seconds for stopped recordings to be complete; False if one
        is still being written."""
        deadline = time.monotonic() + timeout
        with self._lock:
            finishing = list(self._finishing)
        for writer in finishing:
            writer.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            self._finishing = [w for w in self._finishing if w.is_alive()]
            return not self._finishing

    def _free_name(self, line: int) -> str:
        now = self._clock()
        folder = f"{now:%Y}/{now:%m}"
        stem = f"{now:%Y%m%d-%H%M%S}-line{line}"
        taken = {w.relative for w in (*self._active.values(), *self._finishing)}
        relative, n = f"{folder}/{stem}{SUFFIX}", 1
        while relative in taken or (self.root / relative).exists():
            n += 1
            relative = f"{folder}/{stem}-{n}{SUFFIX}"
        return relative

    def _failed(self, writer: _Writer, reason: str) -> None:
        with self._lock:
            if self._active.get(writer.line) is writer:
                del self._active[writer.line]
        if self.on_error is not None:
            try:
                self.on_error(writer.line, reason)
            except Exception:
                log.exception("the recording error handler failed")


class _Writer(threading.Thread):
    """Opens the input, writes its blocks to the file until stopped, closes both."""

    def __init__(
        self,
        line: int,
        device: int | str,
        root: Path,
        relative: str,
        source: AudioSource,
        failed: Callable[[_Writer, str], None],
        max_seconds: float,
    ) -> None:
        super().__init__(name=f"recording-line{line}", daemon=True)
        self.line = line
        self.device = device
        self.relative = relative
        self.path = root / relative
        self.error: str | None = None
        self._source = source
        self._failed = failed
        self._max_seconds = max_seconds
        self._blocks: queue.SimpleQueue[Block] = queue.SimpleQueue()
        self._stop_asked = threading.Event()

    def request_stop(self) -> None:
        self._stop_asked.set()

    def run(self) -> None:
        try:
            stream = self._source.open(self.device, self._blocks.put)
        except Exception as exc:
            log.warning("line %s: cannot open the sound input %r: %s", self.line, self.device, exc)
            self._fail(exc.reason if isinstance(exc, AudioOpenError) else OPEN_FAILED)
            return
        closed = False
        try:
            import soundfile

            private_dir(self.path.parent)
            private_file(self.path)  # libsndfile would create it readable by everyone
            limit = int(self._max_seconds * stream.samplerate) * 2  # bytes of 16-bit mono
            with soundfile.SoundFile(
                self.path, "w", stream.samplerate, 1, "PCM_16", format="FLAC"
            ) as out:
                written = self._copy(out, limit, until_stopped=True)
                closed = True
                stream.close()  # no more blocks after this; those queued still go in
                written += self._copy(out, limit - written, until_stopped=False)
            if written >= limit:
                log.warning("line %s: recording cut at %s seconds", self.line, self._max_seconds)
        except Exception:
            log.exception("line %s: writing %s failed", self.line, self.path)
            self._fail(WRITE_FAILED)
        finally:
            if not closed:
                try:
                    stream.close()
                except Exception:
                    log.warning("line %s: closing the sound input failed", self.line, exc_info=True)

    def _copy(self, out: Any, room: int, *, until_stopped: bool) -> int:
        """Blocks from the queue into the file, at most ``room`` bytes: until a stop is asked
        for, or (``until_stopped`` False) what is queued now."""
        written = 0
        while written < room and not (until_stopped and self._stop_asked.is_set()):
            try:
                block = (
                    self._blocks.get(timeout=0.05) if until_stopped else self._blocks.get_nowait()
                )
            except queue.Empty:
                if until_stopped:
                    continue
                break
            block = block[: (min(len(block), room - written) // 2) * 2]
            if block:
                out.buffer_write(block, dtype="int16")
                written += len(block)
        return written

    def _fail(self, reason: str) -> None:
        self.error = reason
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)  # half a file is worse than none
        self._failed(self, reason)
