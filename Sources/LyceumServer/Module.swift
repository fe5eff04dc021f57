public enum LyceumServerModule {}
