"""Runs an exercise's unittest tests as `python -m unittest -v` does, and also writes a JSON report.

The Interview Prep extension runs this in the exercise's terminal:

    python3 unittest_report.py --report <file> --run-id <id> [test id ...]

The terminal shows unittest's usual verbose output. The report holds, for each test, its status,
its duration and, for a failure, the message, the line in the test file, and the expected and actual
values when an assertEqual-style assertion failed (the first argument is taken as the actual value,
as the exercises write them). A module that cannot be imported (a syntax error in the solution, a
missing name) is reported once, as a crash at the file and line Python gave. Standard library only.
"""

import argparse
import inspect
import json
import os
import pprint
import sys
import time
import traceback
import unittest

# Frames of this file are left out of the tracebacks unittest prints, as its own are.
__unittest = True

FORMAT = "interview-prep-unittest"
MAX_TEXT = 8000
MAX_VALUE = 4000

# assertEqual-style methods: (actual, expected) are their first two arguments.
PAIRED = (
    "assertEqual", "assertAlmostEqual", "assertCountEqual", "assertSequenceEqual", "assertListEqual",
    "assertTupleEqual", "assertDictEqual", "assertSetEqual", "assertMultiLineEqual", "assertIs",
)
VALUES = "_interview_prep_values"


def cap(text, limit=MAX_TEXT):
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "... (%d more characters)" % (len(text) - limit)


def shown(value):
    try:
        text = value if isinstance(value, str) and "\n" in value else pprint.pformat(value, width=60, sort_dicts=True)
    except Exception as error:  # a __repr__ that raises
        text = "<unprintable %s: %s>" % (type(value).__name__, error)
    return cap(text, MAX_VALUE)


def remember_values():
    """Wraps the assertEqual family so a failure carries the values it compared."""

    def wrap(name, original):
        def wrapper(self, first, second, *args, **kwargs):
            try:
                return original(self, first, second, *args, **kwargs)
            except self.failureException as error:
                if not hasattr(error, VALUES):
                    try:
                        setattr(error, VALUES, (shown(first), shown(second)))
                    except Exception:
                        pass
                raise

        wrapper.__name__ = name
        wrapper.__doc__ = original.__doc__
        return wrapper

    for name in PAIRED:
        original = getattr(unittest.TestCase, name, None)
        if original is not None:
            setattr(unittest.TestCase, name, wrap(name, original))

    original_is_none = unittest.TestCase.assertIsNone

    def assert_is_none(self, obj, *args, **kwargs):
        try:
            return original_is_none(self, obj, *args, **kwargs)
        except self.failureException as error:
            setattr(error, VALUES, (shown(obj), "None"))
            raise

    unittest.TestCase.assertIsNone = assert_is_none


def source_of(test):
    """The test's file, and the line of its method's def (0 when unknown)."""
    module = sys.modules.get(type(test).__module__)
    module_file = os.path.abspath(module.__file__) if getattr(module, "__file__", None) else None
    method = getattr(test, getattr(test, "_testMethodName", ""), None)
    try:
        function = inspect.unwrap(getattr(method, "__func__", method))
    except ValueError:
        function = None
    code = getattr(function, "__code__", None)
    # A decorator that does not say what it wraps leaves its own code: the line is then unknown.
    if code is not None and os.path.abspath(code.co_filename) in (module_file, None):
        return os.path.abspath(code.co_filename), code.co_firstlineno
    if code is not None and module_file is None:
        return os.path.abspath(code.co_filename), code.co_firstlineno
    return module_file, 0


def failing_line(tb, test_file):
    """The last line of the traceback in the test file, and the deepest one in the exercise folder."""
    in_test = None
    deepest = None
    here = os.getcwd()
    for frame, lineno in traceback.walk_tb(tb):
        # unittest's frames, and those of a helper module that hides its own the same way (the
        # exercises' shared timed_test.py, whose signal handler raises the TimeoutError), are skipped.
        if frame.f_globals.get("__unittest"):
            continue
        filename = os.path.abspath(frame.f_code.co_filename)
        if test_file and filename == test_file:
            in_test = (filename, lineno)
        if filename.startswith(here + os.sep) and not filename.startswith(os.path.dirname(os.path.abspath(__file__))):
            deepest = (filename, lineno)
    return in_test, deepest


def crash_location(text):
    """The last `File "...", line N` in a formatted traceback."""
    location = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith('File "') and '", line ' in stripped:
            name, _, rest = stripped[len('File "'):].partition('", line ')
            digits = "".join(ch for ch in rest.split(",")[0] if ch.isdigit())
            if digits:
                location = (os.path.abspath(name), int(digits))
    return location


class ReportingResult(unittest.TextTestResult):
    """unittest's verbose result, that also keeps each test's outcome for the report."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cases = {}
        self.order = []
        self.crashes = []
        self._started = {}

    def case(self, test):
        key = test.id()
        if key not in self.cases:
            file, line = source_of(test)
            self.cases[key] = {"id": key, "file": file, "line": line, "status": "passed", "durationMs": None, "messages": []}
            self.order.append(key)
        return self.cases[key]

    def startTest(self, test):
        self._started[test.id()] = time.perf_counter()
        super().startTest(test)

    def stopTest(self, test):
        super().stopTest(test)
        started = self._started.pop(test.id(), None)
        if started is not None and not is_failed_import(test):
            self.case(test)["durationMs"] = round((time.perf_counter() - started) * 1000, 3)

    def message(self, test, err, sub_test=None):
        kind, value, tb = err
        file, _ = source_of(test)
        in_test, deepest = failing_line(tb, file)
        text = "".join(traceback.format_exception_only(kind, value)).strip()
        entry = {
            "message": cap(text),
            "exception": kind.__name__,
            "traceback": cap(self._exc_info_to_string(err, test)),
        }
        values = getattr(value, VALUES, None)
        if values is not None:
            entry["actual"], entry["expected"] = values
        if in_test:
            entry["file"], entry["line"] = in_test
        if deepest and deepest != in_test:
            entry["raisedAt"] = {"file": deepest[0], "line": deepest[1]}
        if sub_test is not None:
            entry["subTest"] = cap(sub_test._subDescription(), 1000)
        return entry

    def record(self, test, status, err=None, sub_test=None):
        if is_failed_import(test):
            self.crash(test, err)
            return
        case = self.case(test)
        # An error outranks a failure, which outranks a pass (several subtests can report).
        rank = {"passed": 0, "skipped": 0, "failed": 1, "errored": 2}
        if rank.get(status, 0) >= rank.get(case["status"], 0):
            case["status"] = status
        if err is not None:
            case["messages"].append(self.message(test, err, sub_test))

    def crash(self, test, err):
        kind, value, _ = err
        text = str(value)
        location = crash_location(text)
        lines = [line for line in text.splitlines() if line.strip()]
        summary = lines[-1].strip() if lines else kind.__name__
        self.crashes.append({
            "module": test.id().rsplit(".", 1)[-1],
            "message": cap(summary, 2000),
            "traceback": cap(text),
            "file": location[0] if location else None,
            "line": location[1] if location else None,
        })

    def addSuccess(self, test):
        super().addSuccess(test)
        self.case(test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.record(test, "failed", err)

    def addError(self, test, err):
        super().addError(test, err)
        self.record(test, "errored", err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        case = self.case(test)
        case["status"] = "skipped"
        case["skipReason"] = cap(reason, 1000)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.case(test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        case = self.case(test)
        case["status"] = "failed"
        case["messages"].append({"message": "unexpected success: the test is marked as an expected failure, but it passed"})

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self.record(test, "failed" if failed else "errored", err, subtest)
        else:
            self.case(test)


def is_failed_import(test):
    # unittest's loader stands a module it could not import in for a test of this class.
    return type(test).__name__ == "_FailedTest"


def write_report(path, report):
    temporary = "%s.%d.tmp" % (path, os.getpid())
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)
    os.replace(temporary, path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", required=True)
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--pattern", default="test*.py")
    parser.add_argument("tests", nargs="*")
    options = parser.parse_args(argv)

    # As `python -m unittest` does: the exercise folder comes first on the path, not this file's.
    here = os.getcwd()
    sys.path[:] = [here] + [entry for entry in sys.path if os.path.abspath(entry or ".") != os.path.dirname(os.path.abspath(__file__))]
    remember_values()

    loader = unittest.TestLoader()
    started = time.perf_counter()
    report = {"format": FORMAT, "version": 1, "runId": options.run_id, "python": sys.version.split()[0], "cases": [], "crashes": []}
    try:
        suite = loader.loadTestsFromNames(options.tests) if options.tests else loader.discover(here, pattern=options.pattern, top_level_dir=here)
    except Exception as error:  # a name that is not a test, a module that does not load
        text = traceback.format_exc()
        location = crash_location(text)
        sys.stderr.write(text)
        report["crashes"].append({"module": None, "message": cap("%s: %s" % (type(error).__name__, error), 2000), "traceback": cap(text),
                                  "file": location[0] if location else None, "line": location[1] if location else None})
        report["exitCode"] = 1
        write_report(options.report, report)
        return 1

    runner = unittest.TextTestRunner(verbosity=2, resultclass=ReportingResult)
    result = runner.run(suite)
    report["cases"] = [result.cases[key] for key in result.order]
    report["crashes"] = result.crashes
    report["durationMs"] = round((time.perf_counter() - started) * 1000, 3)
    ran = result.testsRun > 0
    exit_code = 0 if result.wasSuccessful() and ran else (5 if not ran and not result.crashes else 1)
    report["exitCode"] = exit_code
    write_report(options.report, report)
    return exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
