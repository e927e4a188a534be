"""Stage 4, records with links: figures with their subject, and how sure each record is."""
