"""Reading documents from files and writing results: streamed reads, atomic writes.

:mod:`textclean.io.readers` turns paths into documents (or :class:`Skipped` notes);
:mod:`textclean.io.writers` writes documents to JSONL or Parquet.
"""

from textclean.io.readers import (
    INPUT_SUFFIXES,
    RawFile,
    ReadOptions,
    Skipped,
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
    "RawFile",
    "ReadOptions",
    "Skipped",
    "atomic_path",
    "check_not_an_input",
    "check_outputs",
    "encode_jsonl",
    "encode_parquet_row",
    "iter_input_files",
    "json_text",
    "open_record_writer",
    "open_writer",
    "output_format",
    "read_documents",
    "read_file",
    "suffix_of",
    "write_documents",
]
