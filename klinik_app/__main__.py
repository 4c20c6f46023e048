import multiprocessing

# Guarded: the clinic archive's worker processes (spawn) import this module again as __mp_main__.
if __name__ == "__main__":
    multiprocessing.freeze_support()  # in the bundle, an archive worker is this executable started again
    from klinik_app.launcher import main

    raise SystemExit(main())
