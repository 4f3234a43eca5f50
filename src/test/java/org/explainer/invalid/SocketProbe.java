package org.explainer.invalid;

import java.net.Socket;

/**
 * The control for {@link NoNetworkTest}: run under the same security policy as the build, it tries
 * to open a socket and reports whether the policy stopped it, proving the tripwire works.
 */
public final class SocketProbe {

    private SocketProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("security manager: " + (System.getSecurityManager() != null));
        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(args[0]))) {
            System.out.println("connected");
        } catch (SecurityException e) {
            System.out.println("denied: " + e.getMessage());
        }
    }
}
