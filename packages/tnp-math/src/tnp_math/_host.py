"""File and text I/O, printing and number formatting: host round trips through NumPy.

Each function converts tnp arrays to NumPy arrays on the way in and NumPy arrays to tnp arrays on the way out
(a copy into a tensor: `mmap_mode` is accepted but the result is not memory-mapped). Differs from NumPy: these
are host operations, so they do not work inside `tf.function` (TypeError naming the function; call them outside,
or use `tf.io`); dtypes tnp cannot hold (strings, structured, object, datetime) raise TypeError when loaded;
`like=` must be None. The print options are NumPy's own: they format tnp arrays' `repr`/`str` as NumPy's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np
import tensorflow as tf
from tnp_core.extending import is_symbolic, ndarray, to_tensor, wrap

__all__ = [
    "array2string", "array_repr", "array_str", "base_repr", "binary_repr", "format_float_positional",
    "format_float_scientific", "fromfile", "fromiter", "fromregex", "fromstring", "genfromtxt", "get_printoptions",
    "load", "loadtxt", "printoptions", "save", "savetxt", "savez", "savez_compressed", "set_printoptions",
]  # fmt: skip

_TENSORS = (ndarray, tf.Tensor, tf.Variable)


def _graph_error(name: str) -> TypeError:
    return TypeError(
        f"{name} is a host round trip through NumPy and does not work inside tf.function: call it outside"
    )


def _eager_only(name: str) -> None:
    if not tf.executing_eagerly():
        raise _graph_error(name)


def _no_like(like: Any, name: str) -> None:
    if like is not None:
        raise NotImplementedError(
            f"{name}(like=...) is not supported: tnp has no __array_function__ dispatch"
        )


def _to_np(x: Any, name: str) -> Any:
    """A tnp array or tf.Tensor as a NumPy array (TypeError for a traced one); anything else unchanged."""
    if isinstance(x, _TENSORS):
        t = to_tensor(x)
        if is_symbolic(t):
            raise _graph_error(name)
        return np.asarray(t.numpy())
    return x


def _to_tnp(x: Any) -> Any:
    """NumPy arrays (also inside tuples/lists) as tnp arrays; TypeError for dtypes tnp cannot hold."""
    if isinstance(x, (tuple, list)):
        return type(x)(_to_tnp(e) for e in x)
    if isinstance(x, np.ndarray):
        if x.dtype.names is not None:
            raise TypeError(
                f"tnp does not support structured dtype {x.dtype!r} (fields {x.dtype.names}): use NumPy's "
                "function and convert single fields with tnp.asarray(result['name'])"
            )
        return wrap(to_tensor(np.asarray(x)))
    return x


# ---- binary files ------------------------------------------------------------------------------------------------
class NpzFile(Mapping[str, Any]):
    """The arrays of an .npz file (`tnp.load`), read lazily by NumPy's NpzFile and returned as tnp arrays."""

    def __init__(self, npz: Any) -> None:
        self._npz = npz

    @property
    def files(self) -> list[str]:
        files: list[str] = self._npz.files
        return files

    def __getitem__(self, key: str) -> Any:
        return _to_tnp(self._npz[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._npz)

    def __len__(self) -> int:
        return len(self._npz)

    def __contains__(self, key: object) -> bool:
        return key in self._npz

    def close(self) -> None:
        self._npz.close()

    def __enter__(self) -> NpzFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"tnp.{self._npz!r}"


def save(file: Any, arr: Any, allow_pickle: Any = True) -> None:
    """`numpy.save` of a tnp array (host round trip).

    Examples:
        >>> import io
        >>> buf = io.BytesIO()
        >>> tnp.save(buf, tnp.array([1, 2, 3]))
        >>> _ = buf.seek(0)
        >>> tnp.load(buf)
        tnp.array([1, 2, 3])
    """
    _eager_only("save")
    np.save(file, _to_np(arr, "save"), allow_pickle=allow_pickle)


def load(
    file: Any,
    mmap_mode: Any = None,
    allow_pickle: Any = False,
    fix_imports: Any = True,
    encoding: Any = "ASCII",
    *,
    max_header_size: Any = 10000,
) -> Any:
    """`numpy.load`: a tnp array for .npy, an NpzFile of tnp arrays for .npz, a pickled object as is.

    Differs: the data are copied into a tensor (`mmap_mode` maps the file but the result is not a view of it).

    Examples:
        >>> import io
        >>> buf = io.BytesIO()
        >>> tnp.savez(buf, x=tnp.array([1, 2]))
        >>> _ = buf.seek(0)
        >>> tnp.load(buf)['x']
        tnp.array([1, 2])
    """
    _eager_only("load")
    obj = np.load(file, mmap_mode, allow_pickle, fix_imports, encoding, max_header_size=max_header_size)
    if isinstance(obj, np.lib.npyio.NpzFile):
        return NpzFile(obj)
    return _to_tnp(obj)


def _savez(fn: Any, name: str, file: Any, args: Any, allow_pickle: Any, kwds: Any) -> None:
    _eager_only(name)
    fn(
        file,
        *(_to_np(a, name) for a in args),
        allow_pickle=allow_pickle,
        **{k: _to_np(v, name) for k, v in kwds.items()},
    )


def savez(file: Any, *args: Any, allow_pickle: Any = True, **kwds: Any) -> None:
    """`numpy.savez` of tnp arrays (host round trip).

    Examples:
        >>> import io
        >>> buf = io.BytesIO()
        >>> tnp.savez(buf, tnp.array([1, 2]), y=tnp.array([3.5]))
        >>> _ = buf.seek(0)
        >>> sorted(tnp.load(buf).keys())
        ['arr_0', 'y']
    """
    _savez(np.savez, "savez", file, args, allow_pickle, kwds)


def savez_compressed(file: Any, *args: Any, allow_pickle: Any = True, **kwds: Any) -> None:
    """`numpy.savez_compressed` of tnp arrays (host round trip).

    Examples:
        >>> import io
        >>> buf = io.BytesIO()
        >>> tnp.savez_compressed(buf, x=tnp.zeros(1000))
        >>> _ = buf.seek(0)
        >>> tnp.load(buf)['x'].shape
        (1000,)
    """
    _savez(np.savez_compressed, "savez_compressed", file, args, allow_pickle, kwds)


def fromfile(
    file: Any, dtype: Any = None, count: Any = -1, sep: Any = "", offset: Any = 0, *, like: Any = None
) -> ndarray:
    """`numpy.fromfile` (host round trip; the data are copied into a tensor).

    Examples:
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), 'a.bin')
        >>> tnp.array([1, 2, 3], dtype=tnp.int16).tofile(path)
        >>> tnp.fromfile(path, dtype=tnp.int16)
        tnp.array([1, 2, 3], dtype=int16)
    """
    _eager_only("fromfile")
    _no_like(like, "fromfile")
    result: ndarray = _to_tnp(np.fromfile(file, dtype=dtype, count=count, sep=sep, offset=offset))
    return result


# ---- text ----------------------------------------------------------------------------------------------------------
def savetxt(
    fname: Any,
    X: Any,  # noqa: N803 (NumPy's name)
    fmt: Any = "%.18e",
    delimiter: Any = " ",
    newline: Any = "\n",
    header: Any = "",
    footer: Any = "",
    comments: Any = "# ",
    encoding: Any = None,
) -> None:
    """`numpy.savetxt` of a tnp array (host round trip).

    Examples:
        >>> import io
        >>> buf = io.StringIO()
        >>> tnp.savetxt(buf, tnp.array([[1, 2], [3, 4]]), fmt='%d')
        >>> print(buf.getvalue(), end='')
        1 2
        3 4
    """
    _eager_only("savetxt")
    np.savetxt(fname, _to_np(X, "savetxt"), fmt, delimiter, newline, header, footer, comments, encoding)


def loadtxt(
    fname: Any,
    dtype: Any = float,
    comments: Any = "#",
    delimiter: Any = None,
    converters: Any = None,
    skiprows: Any = 0,
    usecols: Any = None,
    unpack: Any = False,
    ndmin: Any = 0,
    encoding: Any = None,
    max_rows: Any = None,
    *,
    quotechar: Any = None,
    like: Any = None,
) -> Any:
    """`numpy.loadtxt` as a tnp array (host round trip). Differs: structured/string dtypes raise TypeError.

    Examples:
        >>> import io
        >>> tnp.loadtxt(['1 2', '3 4'])
        tnp.array([[1., 2.],
                   [3., 4.]])
    """
    _eager_only("loadtxt")
    _no_like(like, "loadtxt")
    return _to_tnp(
        np.loadtxt(
            fname,
            dtype,
            comments,
            delimiter,
            converters,
            skiprows,
            usecols,
            unpack,
            ndmin,
            encoding,
            max_rows,
            quotechar=quotechar,
        )
    )


def genfromtxt(
    fname: Any,
    dtype: Any = float,
    comments: Any = "#",
    delimiter: Any = None,
    skip_header: Any = 0,
    skip_footer: Any = 0,
    converters: Any = None,
    missing_values: Any = None,
    filling_values: Any = None,
    usecols: Any = None,
    names: Any = None,
    excludelist: Any = None,
    deletechars: Any = " !#$%&'()*+,-./:;<=>?@[\\]^{|}~",
    replace_space: Any = "_",
    autostrip: Any = False,
    case_sensitive: Any = True,
    defaultfmt: Any = "f%i",
    unpack: Any = None,
    usemask: Any = False,
    loose: Any = True,
    invalid_raise: Any = True,
    max_rows: Any = None,
    encoding: Any = None,
    *,
    ndmin: Any = 0,
    like: Any = None,
) -> Any:
    """`numpy.genfromtxt` as a tnp array (host round trip; missing values become NaN as in NumPy).

    Differs: `usemask=True` raises NotImplementedError (no masked arrays); structured results (`names=`,
    `dtype=None` with mixed columns) raise TypeError.

    Examples:
        >>> import io
        >>> tnp.genfromtxt(['1,2', '3,'], delimiter=',')
        tnp.array([[ 1.,  2.],
                   [ 3., nan]])
    """
    _eager_only("genfromtxt")
    _no_like(like, "genfromtxt")
    if usemask:
        raise NotImplementedError("genfromtxt(usemask=True) is not supported: tnp has no masked arrays")
    return _to_tnp(
        np.genfromtxt(
            fname,
            dtype,
            comments,
            delimiter,
            skip_header,
            skip_footer,
            converters,
            missing_values,
            filling_values,
            usecols,
            names,
            excludelist,
            deletechars,
            replace_space,
            autostrip,
            case_sensitive,
            defaultfmt,
            unpack,
            usemask,
            loose,
            invalid_raise,
            max_rows,
            encoding,
            ndmin=ndmin,
        )
    )


def fromregex(file: Any, regexp: Any, dtype: Any, encoding: Any = None) -> ndarray:
    """`numpy.fromregex`: parse a text file with a regular expression.

    Differs: its result is always a structured array, which tnp cannot
    hold, so it raises TypeError after parsing; use NumPy's and convert fields with `tnp.asarray(r["f0"])`.

    Examples:
        >>> import io
        >>> tnp.fromregex(io.StringIO('a1 b22'), '[a-z]([0-9]+)', [('n', tnp.int64)])
        Traceback (most recent call last):
            ...
        TypeError: tnp does not support structured dtype ...
    """
    _eager_only("fromregex")
    result: ndarray = _to_tnp(np.fromregex(file, regexp, dtype, encoding))
    return result


def fromstring(
    string: Any, dtype: Any = float, count: Any = -1, *, sep: Any = "", like: Any = None
) -> ndarray:
    """`numpy.fromstring` for text (`sep` given); the removed binary mode raises ValueError as in NumPy.

    Examples:
        >>> tnp.fromstring('1 2 3', dtype=int, sep=' ')
        tnp.array([1, 2, 3])
    """
    _eager_only("fromstring")
    _no_like(like, "fromstring")
    if isinstance(string, (ndarray, tf.Tensor, tf.Variable)):
        string = np.asarray(to_tensor(string).numpy())  # NumPy's own checks then apply (it is a buffer)
    result: ndarray = _to_tnp(np.fromstring(string, dtype=dtype, count=count, sep=sep))
    return result


def fromiter(iter: Any, dtype: Any, count: Any = -1, *, like: Any = None) -> ndarray:
    """`numpy.fromiter`: the iterable is consumed on the host.

    Examples:
        >>> tnp.fromiter((i * i for i in range(4)), dtype=int)
        tnp.array([0, 1, 4, 9])
    """
    if isinstance(dtype, (ndarray, np.ndarray, tf.Tensor, tf.Variable)):
        raise TypeError("Cannot construct a dtype from an array")
    _eager_only("fromiter")
    _no_like(like, "fromiter")
    result: ndarray = _to_tnp(np.fromiter(iter, dtype=dtype, count=count))
    return result


# ---- printing -------------------------------------------------------------------------------------------------------
def array2string(
    a: Any,
    max_line_width: Any = None,
    precision: Any = None,
    suppress_small: Any = None,
    separator: Any = " ",
    prefix: Any = "",
    *,
    formatter: Any = None,
    threshold: Any = None,
    edgeitems: Any = None,
    sign: Any = None,
    floatmode: Any = None,
    suffix: Any = "",
    legacy: Any = None,
) -> str:
    """`numpy.array2string` of a tnp array (host round trip).

    Examples:
        >>> tnp.array2string(tnp.array([1.5, 2.0]), precision=2)
        '[1.5 2. ]'
    """
    _eager_only("array2string")
    result: str = np.array2string(
        _to_np(a, "array2string"), max_line_width, precision, suppress_small, separator, prefix,
        formatter=formatter, threshold=threshold, edgeitems=edgeitems, sign=sign, floatmode=floatmode,
        suffix=suffix, legacy=legacy,
    )  # fmt: skip
    return result


def array_repr(
    arr: Any, max_line_width: Any = None, precision: Any = None, suppress_small: Any = None
) -> str:
    """`numpy.array_repr` of a tnp array: NumPy's text `array(...)` (`repr(x)` adds the `tnp.` prefix).

    Examples:
        >>> tnp.array_repr(tnp.array([1, 2]))
        'array([1, 2])'
    """
    _eager_only("array_repr")
    result: str = np.array_repr(_to_np(arr, "array_repr"), max_line_width, precision, suppress_small)
    return result


def array_str(a: Any, max_line_width: Any = None, precision: Any = None, suppress_small: Any = None) -> str:
    """`numpy.array_str` of a tnp array (equal to `str(x)`).

    Examples:
        >>> tnp.array_str(tnp.array([1, 2]))
        '[1 2]'
    """
    _eager_only("array_str")
    result: str = np.array_str(_to_np(a, "array_str"), max_line_width, precision, suppress_small)
    return result


def set_printoptions(
    precision: Any = None,
    threshold: Any = None,
    edgeitems: Any = None,
    linewidth: Any = None,
    suppress: Any = None,
    nanstr: Any = None,
    infstr: Any = None,
    formatter: Any = None,
    sign: Any = None,
    floatmode: Any = None,
    *,
    legacy: Any = None,
    override_repr: Any = None,
) -> None:
    """`numpy.set_printoptions`: NumPy's own options, which also format tnp arrays' `repr` and `str`.

    Works anywhere (also while tracing).

    Examples:
        >>> tnp.set_printoptions(precision=2)
        >>> print(tnp.array([3.14159]))
        [3.14]
        >>> tnp.set_printoptions(precision=8)
    """
    np.set_printoptions(
        precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign, floatmode,
        legacy=legacy, override_repr=override_repr,
    )  # fmt: skip


def get_printoptions() -> dict[str, Any]:
    """`numpy.get_printoptions` (NumPy's own options).

    Examples:
        >>> tnp.get_printoptions()['precision']
        8
    """
    return dict(np.get_printoptions())


@contextlib.contextmanager
def printoptions(*args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """`numpy.printoptions`: NumPy's print options for a `with` block (they format tnp arrays too).

    Examples:
        >>> with tnp.printoptions(precision=2):
        ...     print(tnp.array([3.14159]))
        [3.14]
    """
    with np.printoptions(*args, **kwargs) as options:
        yield dict(options)


# ---- number formatting ----------------------------------------------------------------------------------------
def format_float_positional(
    x: Any,
    precision: Any = None,
    unique: Any = True,
    fractional: Any = True,
    trim: Any = "k",
    sign: Any = False,
    pad_left: Any = None,
    pad_right: Any = None,
    min_digits: Any = None,
) -> str:
    """`numpy.format_float_positional`; a 0-d tnp array is read as NumPy reads a 0-d array (not while tracing).

    Examples:
        >>> tnp.format_float_positional(0.1, precision=3)
        '0.1'
    """
    result: str = np.format_float_positional(
        _to_np(x, "format_float_positional"), precision, unique, fractional, trim, sign, pad_left, pad_right,
        min_digits,
    )  # fmt: skip
    return result


def format_float_scientific(
    x: Any,
    precision: Any = None,
    unique: Any = True,
    trim: Any = "k",
    sign: Any = False,
    pad_left: Any = None,
    exp_digits: Any = None,
    min_digits: Any = None,
) -> str:
    """`numpy.format_float_scientific`; a 0-d tnp array is read as NumPy reads a 0-d array (not while tracing).

    Examples:
        >>> tnp.format_float_scientific(12345.678, precision=2)
        '1.23e+04'
    """
    result: str = np.format_float_scientific(
        _to_np(x, "format_float_scientific"), precision, unique, trim, sign, pad_left, exp_digits, min_digits
    )
    return result


def base_repr(number: Any, base: Any = 2, padding: Any = 0) -> str:
    """`numpy.base_repr`; a 0-d tnp array is read as NumPy reads a 0-d array (not while tracing).

    Examples:
        >>> tnp.base_repr(10, 3)
        '101'
    """
    result: str = np.base_repr(_to_np(number, "base_repr"), _to_np(base, "base_repr"), padding)
    return result


def binary_repr(num: Any, width: Any = None) -> str:
    """`numpy.binary_repr`; a 0-d tnp array is read as NumPy reads a 0-d array (not while tracing).

    Examples:
        >>> tnp.binary_repr(5)
        '101'
        >>> tnp.binary_repr(-3, width=4)
        '1101'
    """
    result: str = np.binary_repr(_to_np(num, "binary_repr"), width)
    return result
