"""Stage 2, text: Vietnamese names, numbers and dates; the one number grammar; legacy encodings."""
