"""``python -m textclean``: the ``textclean`` command (:func:`textclean.interrupts.launch`)."""

from textclean.interrupts import launch

launch()
