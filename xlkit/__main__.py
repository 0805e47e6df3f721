from xlkit.cli.fast import main

main()
