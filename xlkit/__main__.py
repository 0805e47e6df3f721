from xlkit.cli.main import main

main()
