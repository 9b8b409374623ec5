/**
 * CPU seconds used so far by each process of the system and by the bench itself, and when they were read: two of
 * them, before the first POST and once the system is idle again, frame the measured window. The database's is NaN
 * where the bench cannot see its processes (an external PostgreSQL).
 */
record Usage(long nanos, double server, double broker, double database, double bench) {

    static Usage now(Options options) {
        return new Usage(System.nanoTime(), Cpu.process(options.serverPidFile()), Cpu.process(options.brokerPidFile()),
                options.databasePidFile() == null ? Double.NaN : Cpu.tree(options.databasePidFile()), Cpu.own());
    }

    Usage since(Usage before) {
        return new Usage(nanos - before.nanos, server - before.server, broker - before.broker,
                database - before.database, bench - before.bench);
    }
}
