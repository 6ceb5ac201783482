"""Energy of a job: measured where the hardware counts it (NVML on NVIDIA GPUs, RAPL where
readable), otherwise estimated (codecarbon offline; before it is ready, from CPU time) and
labelled as an estimate."""

from __future__ import annotations

import glob
import logging
import os
import threading
import time

from app.core.assets import Energy, EnergyMethod

log = logging.getLogger(__name__)
# Used only until codecarbon is ready: a laptop core under load draws roughly this much.
WATTS_PER_BUSY_CORE = 10.0


class _Nvml:
    def __init__(self):
        import pynvml

        pynvml.nvmlInit()
        self.pynvml = pynvml
        self.handles = [pynvml.nvmlDeviceGetHandleByIndex(i)
                        for i in range(pynvml.nvmlDeviceGetCount())]
        self.names = [pynvml.nvmlDeviceGetName(h) for h in self.handles]
        self.read()  # fails here if the GPU does not count energy

    def read(self) -> float:
        """Total energy of every GPU since the driver loaded, in joules."""
        return sum(self.pynvml.nvmlDeviceGetTotalEnergyConsumption(h) for h in self.handles) / 1e3


class _Rapl:
    def __init__(self):
        self.zones = [z for z in glob.glob("/sys/class/powercap/intel-rapl:[0-9]*")
                      if z.count(":") == 1]
        if not self.zones:
            raise OSError("no RAPL zone")
        self.ranges = [int(_read(f"{z}/max_energy_range_uj")) for z in self.zones]
        self.read_raw()

    def read_raw(self) -> list[int]:
        return [int(_read(f"{z}/energy_uj")) for z in self.zones]

    def joules_between(self, before: list[int], after: list[int]) -> float:
        total = 0
        for b, a, span in zip(before, after, self.ranges, strict=True):
            total += a - b if a >= b else a + span - b  # the counter wrapped
        return total / 1e6


class EnergyMeter:
    """One per process. `measure()` wraps a job: `with meter.measure() as result: ...`.

    codecarbon is started by `prepare()`, which the worker calls in its main thread while idle:
    starting it imports ~500 modules, and importing on a second thread while a job imports torch
    can hand either thread a half-initialised module."""

    def __init__(self, *, use_codecarbon: bool = True):
        self.nvml = self.rapl = None
        self._tracker = None
        self._tracker_ready = threading.Event()
        self._want_codecarbon = False
        try:
            self.nvml = _Nvml()
        except Exception:
            self.nvml = None
        if self.nvml is None:
            try:
                self.rapl = _Rapl()
            except (OSError, ValueError):
                self.rapl = None
        if self.nvml is None and self.rapl is None and use_codecarbon:
            self._want_codecarbon = True

    @property
    def needs_prepare(self) -> bool:
        return self._want_codecarbon and not self._tracker_ready.is_set()

    def prepare(self) -> None:
        """Start the estimator (about 2 s, once); call it between jobs."""
        if self.needs_prepare:
            self._start_codecarbon()

    @property
    def method(self) -> EnergyMethod:
        if self.nvml:
            return EnergyMethod.MEASURED_NVML
        if self.rapl:
            return EnergyMethod.MEASURED_RAPL
        if self._tracker_ready.is_set() and self._tracker is not None:
            return EnergyMethod.ESTIMATED_CODECARBON
        return EnergyMethod.ESTIMATED_CPU_TIME

    def _start_codecarbon(self) -> None:
        try:
            os.environ.setdefault("CODECARBON_LOG_LEVEL", "error")
            logging.getLogger("codecarbon").setLevel(logging.ERROR)
            from codecarbon import OfflineEmissionsTracker

            tracker = OfflineEmissionsTracker(
                country_iso_code="FRA", save_to_file=False, log_level="error",
                tracking_mode="process", measure_power_secs=15, allow_multiple_runs=True)
            tracker.start()
            tracker.start_task("warm-up")  # pulls in the modules stop_task imports lazily
            tracker.stop_task()
            self._tracker = tracker
        except Exception as exc:
            log.info("codecarbon unavailable (%s); energy estimated from CPU time", exc)
        finally:
            self._tracker_ready.set()

    def measure(self) -> _Measurement:
        return _Measurement(self)

    def close(self) -> None:
        if self._tracker is not None:
            try:
                self._tracker.stop()
            except Exception:
                pass


class _Measurement:
    def __init__(self, meter: EnergyMeter):
        self.meter = meter
        self.energy = Energy()

    def __enter__(self):
        m = self.meter
        self.method = m.method
        self.t0 = time.perf_counter()
        self.cpu0 = _cpu_seconds()
        if self.method == EnergyMethod.MEASURED_NVML:
            self.start = m.nvml.read()
        elif self.method == EnergyMethod.MEASURED_RAPL:
            self.start = m.rapl.read_raw()
        elif self.method == EnergyMethod.ESTIMATED_CODECARBON:
            try:
                m._tracker.start_task("job")
            except Exception:
                self.method = EnergyMethod.ESTIMATED_CPU_TIME
        return self

    def __exit__(self, *exc):
        m = self.meter
        try:
            if self.method == EnergyMethod.MEASURED_NVML:
                joules = m.nvml.read() - self.start
                self.energy = Energy(joules / 3600, self.method, ", ".join(m.nvml.names))
            elif self.method == EnergyMethod.MEASURED_RAPL:
                joules = m.rapl.joules_between(self.start, m.rapl.read_raw())
                self.energy = Energy(joules / 3600, self.method, "cpu package (RAPL)")
            elif self.method == EnergyMethod.ESTIMATED_CODECARBON:
                data = m._tracker.stop_task()
                self.energy = Energy(float(data.energy_consumed) * 1000, self.method,
                                     "cpu+ram (codecarbon)")
            else:
                busy = max(0.0, _cpu_seconds() - self.cpu0)
                self.energy = Energy(busy * WATTS_PER_BUSY_CORE / 3600, self.method, "cpu")
        except Exception as err:  # metering must never fail a job
            log.info("energy metering failed: %s", err)
            self.energy = Energy(None, EnergyMethod.UNKNOWN, "")
        return False


def _read(path: str) -> str:
    with open(path) as fh:
        return fh.read()


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system
