fn main() {
    mentor::cli::run()
}
