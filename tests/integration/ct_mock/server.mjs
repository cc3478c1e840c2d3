// SPDX-License-Identifier: GPL-3.0-or-later
// A third-party commercetools API for the commercetools connector's integration tests: @labdigital/commercetools-mock
// served over HTTP on 127.0.0.1, with OAuth required (any client id and secret gets a token; calls need one of the
// tokens it issued). Nothing is seeded: a test creates what it needs through the API.
//
//   node server.mjs [port]      port 0 or none: a free port
//
// Prints one line "listening <port>" on stdout once it accepts connections; exits with 1 and a message on stderr
// when it cannot start. Stops on SIGTERM/SIGINT or when stdin closes (the test process went away).
import { CommercetoolsMock } from "@labdigital/commercetools-mock";

const port = Number.parseInt(process.argv[2] ?? "0", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`ct_mock: not a port: ${process.argv[2]}`);
	process.exit(2);
}

const mock = new CommercetoolsMock({
	enableAuthentication: true,
	validateCredentials: true,
	strict: true,
	silent: true,
});

try {
	await mock.app.listen({ port, host: "127.0.0.1" });
} catch (error) {
	console.error(`ct_mock: cannot listen on 127.0.0.1:${port}: ${error.message}`);
	process.exit(1);
}

const stop = () => mock.app.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();

console.log(`listening ${mock.app.server.address().port}`);
