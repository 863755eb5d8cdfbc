fn main() -> std::process::ExitCode {
    // Errors are reported as one line by the command line itself; the hook only makes a panic
    // readable.
    let _ = color_eyre::install();
    mentor::cli::main()
}
