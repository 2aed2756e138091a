<?php
class Db {
    public function dsn() {
        return "mysql://{$this->user}:{$this->pass}@{$this->host}/{$this->name}";
    }
}
