"""Reading documents from files and writing results: streamed reads, atomic writes.

:mod:`textclean.io.readers` turns paths into documents (or :class:`Skipped` notes);
:mod:`textclean.io.writers` writes documents to JSONL or Parquet; :mod:`textclean.io.names`
names files in ids, sources and messages (``printable_name``, ``path_from_name``).
"""

from textclean.io.names import path_from_name, printable_name
from textclean.io.readers import (
    INPUT_SUFFIXES,
    Line,
    RawFile,
    ReadOptions,
    Skipped,
    blank_text,
    bounded_lines,
    iter_input_files,
    read_documents,
    read_file,
    suffix_of,
)
from textclean.io.writers import (
    OUTPUT_SUFFIXES,
    DocumentWriter,
    atomic_path,
    check_not_an_input,
    check_outputs,
    encode_jsonl,
    encode_parquet_row,
    json_text,
    open_record_writer,
    open_writer,
    output_format,
    write_documents,
)

__all__ = [
    "INPUT_SUFFIXES",
    "OUTPUT_SUFFIXES",
    "DocumentWriter",
    "Line",
    "RawFile",
    "ReadOptions",
    "Skipped",
    "atomic_path",
    "blank_text",
    "bounded_lines",
    "check_not_an_input",
    "check_outputs",
    "encode_jsonl",
    "encode_parquet_row",
    "iter_input_files",
    "json_text",
    "open_record_writer",
    "open_writer",
    "output_format",
    "path_from_name",
    "printable_name",
    "read_documents",
    "read_file",
    "suffix_of",
    "write_documents",
]
